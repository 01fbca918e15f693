package org.tongxing.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.tongxing.common.ChinaTime;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark, without which Excel on a Chinese Windows reads the file as GBK.
 * Text that a spreadsheet would run as a formula is defused with a leading apostrophe (see {@link #cell}).
 */
final class CsvSheetWriter implements SheetWriter {

    static final String BOM = "\uFEFF";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ChinaTime.ZONE);

    private final Writer out;
    private boolean started;

    CsvSheetWriter(OutputStream stream) throws IOException {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        out.write(BOM);
    }

    @Override
    public void sheet(String name, List<String> headers) throws IOException {
        if (started) {
            throw new IllegalStateException("A CSV file holds one table");
        }
        started = true;
        row(headers);
    }

    @Override
    public void row(List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(values.get(i)));
        }
        out.write("\r\n");
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof Instant t) {
            return TIME.format(t);
        }
        return quoted(defused(value.toString()));
    }

    /**
     * A cell starting with = + - @ (or a tab or carriage return, which some spreadsheets skip before one) is
     * read as a formula by Excel, LibreOffice and WPS; an apostrophe in front makes it text (OWASP's advice).
     */
    static String defused(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String quoted(String text) {
        boolean plain = text.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? text : '"' + text.replace("\"", "\"\"") + '"';
    }
}
