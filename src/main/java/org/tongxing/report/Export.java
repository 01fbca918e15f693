package org.tongxing.report;

import java.io.IOException;

/**
 * One export, ready to stream. Everything the caller may see was decided when it was made, before the first
 * byte goes out: once the body is streaming, an error can no longer become a problem response.
 */
interface Export {

    /** The file name without extension, in the reader's language, and its ASCII fallback. */
    record FileName(String name, String ascii) {
    }

    FileName fileName(ReportLabels labels);

    void write(SheetWriter out, ReportLabels labels) throws IOException;
}
