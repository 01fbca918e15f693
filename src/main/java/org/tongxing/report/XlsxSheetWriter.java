package org.tongxing.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.tongxing.common.ChinaTime;

/**
 * XLSX through fastexcel, streamed: rows are written out on every flush, and text goes in as inline strings so
 * that no shared-string table grows with the export. Text is always a text cell, never a formula.
 */
final class XlsxSheetWriter implements SheetWriter {

    private static final int MAX_SHEET_NAME = 31;

    private final Workbook workbook;
    private final Set<String> names = new HashSet<>();
    private Worksheet sheet;
    private int row;

    XlsxSheetWriter(OutputStream out) {
        this.workbook = new Workbook(out, "Tongxing", "1.0");
    }

    @Override
    public void sheet(String name, List<String> headers) throws IOException {
        if (sheet != null) {
            sheet.finish();
        }
        sheet = workbook.newWorksheet(uniqueName(name));
        row = 0;
        for (int c = 0; c < headers.size(); c++) {
            sheet.inlineString(0, c, headers.get(c));
            sheet.style(0, c).bold().set();
            sheet.width(c, Math.min(60, Math.max(10, headers.get(c).length() * 2 + 2)));
        }
        sheet.freezePane(0, 1);
        row = 1;
    }

    @Override
    public void row(List<?> values) throws IOException {
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v instanceof Number n) {
                sheet.value(row, c, n);
            } else if (v instanceof LocalDate d) {
                sheet.value(row, c, d);
                sheet.style(row, c).format("yyyy-mm-dd").set();
            } else if (v instanceof Instant t) {
                sheet.value(row, c, t.atZone(ChinaTime.ZONE).toLocalDateTime());
                sheet.style(row, c).format("yyyy-mm-dd hh:mm:ss").set();
            } else if (v != null) {
                sheet.inlineString(row, c, v.toString());
            }
        }
        row++;
    }

    @Override
    public void flush() throws IOException {
        if (sheet != null) {
            sheet.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (sheet == null) {
            sheet("-", List.of());
        }
        sheet.finish();
        workbook.finish();
    }

    /** Excel allows 31 characters and none of : \ / ? * [ ] in a sheet name, and each name once. */
    private String uniqueName(String name) {
        String clean = name.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        String candidate = clean.length() > MAX_SHEET_NAME ? clean.substring(0, MAX_SHEET_NAME) : clean;
        for (int i = 2; !names.add(candidate); i++) {
            String suffix = " " + i;
            candidate = clean.substring(0, Math.min(clean.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
        }
        return candidate;
    }
}
