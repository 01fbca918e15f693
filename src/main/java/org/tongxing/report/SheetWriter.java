package org.tongxing.report;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Writes an export a row at a time, straight to the response: nothing but the current chunk of rows is held
 * in memory. Values are text, numbers, {@code LocalDate}s, {@code Instant}s (shown in China's time) or null.
 */
interface SheetWriter extends Closeable {

    /** Starts a sheet with its header row. A CSV file has one sheet; XLSX has as many as are started. */
    void sheet(String name, List<String> headers) throws IOException;

    void row(List<?> values) throws IOException;

    /** Hands what was written so far to the client. */
    void flush() throws IOException;
}
