package org.tongxing.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads form fields leniently: an empty or unreadable value becomes null and validation names the field. */
public final class FormValues {

    private FormValues() {
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static LocalDate date(String value) {
        try {
            return text(value) == null ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        try {
            return text(value) == null ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static Integer integer(String value) {
        try {
            return text(value) == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static BigDecimal decimal(String value) {
        try {
            return text(value) == null ? null : new BigDecimal(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
