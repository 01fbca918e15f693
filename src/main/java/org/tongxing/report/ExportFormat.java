package org.tongxing.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** The file formats of exports. */
public enum ExportFormat {
    CSV(ExportFormat.CSV_TYPE + "; charset=UTF-8", "csv"),
    XLSX(ExportFormat.XLSX_TYPE, "xlsx");

    static final String CSV_TYPE = "text/csv";
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** Query parameters may name the format in either case ({@code format=csv}). */
    public static ExportFormat fromString(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    SheetWriter open(OutputStream out) throws IOException {
        return this == CSV ? new CsvSheetWriter(out) : new XlsxSheetWriter(out);
    }
}
