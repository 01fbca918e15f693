package org.tongxing.report;

/**
 * One value of a report table: the raw value (a number, a date or text) that charts and exports use, and the
 * text the reader sees, formatted for their locale.
 */
public record Cell(Object value, String text) {

    public static Cell text(String text) {
        return new Cell(text == null ? "" : text, text == null ? "" : text);
    }
}
