package org.tongxing.common;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The one way a date is written for a reader: "2026年12月8日" in Chinese, "8 December 2026" in English. English
 * readers get the day-month-year order whatever their region: it is the order of the Chinese original, it cannot
 * be misread as a number, and one style keeps pages, notices and exports alike (en-US readers read it without
 * trouble; a month first would only be needed if the page language carried a region, which it does not).
 */
public final class ReaderDates {

    private static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ReaderDates() {
    }

    /** A date, or the date part of a zoned time, in the reader's language (Chinese unless it is English). */
    public static String format(TemporalAccessor date, Locale reader) {
        return formatter(reader).format(date);
    }

    private static DateTimeFormatter formatter(Locale reader) {
        return reader != null && "en".equals(reader.getLanguage()) ? ENGLISH : CHINESE;
    }
}
