package org.tongxing.matching.pages;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.tongxing.common.ChinaTime;

import io.quarkus.qute.TemplateExtension;

/** Instants on the matching pages, in China's time: {@code {run.createdAt.chinaTime}} (not for a null instant). */
@TemplateExtension
public class TimeFormats {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ChinaTime.ZONE);

    static String chinaTime(Instant instant) {
        return MINUTES.format(instant);
    }
}
