package org.tongxing.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.tongxing.common.ChinaTime;
import org.tongxing.common.ReaderDates;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.Variant;

/**
 * Dates, times and numbers as the reader writes them: {@code {need.wantedBy.local}} reads "2026年12月1日" on a
 * Chinese page and "1 December 2026" on an English one (see {@link ReaderDates}). Instants are shown on China's clock, where the people are.
 */
@TemplateExtension(matchName = "local")
public final class Formats {

    /** The 24-hour clock reads the same in both languages (and avoids 上午/下午 in a short line). */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Formats() {
    }

    static String local(LocalDate date, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        return date == null ? "" : ReaderDates.format(date, of(locale, variant));
    }

    static String local(Instant instant, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(ChinaTime.ZONE);
        return ReaderDates.format(local, of(locale, variant)) + " " + TIME.format(local);
    }

    static String local(Number number, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        if (number == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(of(locale, variant));
        format.setMaximumFractionDigits(2);
        return format.format(number instanceof BigDecimal d ? d.stripTrailingZeros() : number);
    }

    /**
     * The page's language: set explicitly on a template, or chosen by the REST layer from the (negotiated)
     * Accept-Language as the template's variant. Pages with neither (the error pages) are Chinese.
     */
    static Locale of(Object locale, Object variant) {
        if (locale instanceof Locale l) {
            return l;
        }
        return variant instanceof Variant v && v.getLocale() != null ? v.getLocale() : PageLocale.CHINESE;
    }
}
