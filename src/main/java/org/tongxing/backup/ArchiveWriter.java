package org.tongxing.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Streams a snapshot as a ZIP: one COPY text entry per table, counted and hashed on its way out (never held in
 * memory), then the manifest, which can only be written once those checksums are known.
 */
final class ArchiveWriter {

    private final ObjectMapper json;

    ArchiveWriter(ObjectMapper json) {
        this.json = json;
    }

    Manifest write(Snapshot snapshot, String createdBy, Instant createdAt, OutputStream out)
            throws IOException, SQLException {
        ZipOutputStream zip = new ZipOutputStream(out);
        List<Manifest.TableEntry> tables = new ArrayList<>();
        for (Catalog.Table table : snapshot.tables()) {
            tables.add(writeTable(zip, snapshot, table));
        }
        Manifest manifest = new Manifest(Manifest.FORMAT_VERSION, createdAt, createdBy, snapshot.schemaVersion(),
                tables,
                snapshot.sequences());
        zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
        zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.finish();
        return manifest;
    }

    private static Manifest.TableEntry writeTable(ZipOutputStream zip, Snapshot snapshot, Catalog.Table table)
            throws IOException, SQLException {
        String entry = Manifest.TableEntry.entryOf(table.name());
        zip.putNextEntry(new ZipEntry(entry));
        Sha256 sha = new Sha256();
        // COPY hands over one row at a time; the buffer saves the deflater from thousands of tiny writes.
        OutputStream data = new BufferedOutputStream(sha.tee(zip), 1 << 16);
        long rows = snapshot.copy(table, data);
        data.flush();
        zip.closeEntry();
        return new Manifest.TableEntry(table.name(), entry, table.columns(), rows, sha.hex());
    }
}
