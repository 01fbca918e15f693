package org.tongxing.visit;

import java.time.LocalDate;

import org.tongxing.common.ChinaTime;

import io.quarkus.qute.TemplateExtension;

/** The day a code was issued on China's calendar, where it is printed and read (not the server's UTC date). */
@TemplateExtension
final class CodeDates {

    private CodeDates() {
    }

    /** For templates: {@code {code.issuedOn.local}}. */
    static LocalDate issuedOn(VisitCodeView code) {
        return code.issuedAt().atZone(ChinaTime.ZONE).toLocalDate();
    }
}
