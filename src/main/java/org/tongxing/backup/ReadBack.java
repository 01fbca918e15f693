package org.tongxing.backup;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The last check before the commit: every restored table, read back as COPY text, holds the rows of the archive
 * (the manifest's count, and the same rows by {@link RowSetDigest}, in whatever order the table returns them: a
 * table does not always return rows in the order they were loaded), and every sequence stands where it stood.
 */
final class ReadBack {

    private ReadBack() {
    }

    static void compare(BackupArchive archive, Catalog catalog, Map<String, Catalog.Table> tables,
            Connection connection) throws SQLException, IOException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        Manifest manifest = archive.manifest();
        for (Manifest.TableEntry entry : manifest.tables()) {
            RowSetDigest restored = new RowSetDigest();
            copy.copyOut(tables.get(entry.name()).copyOut(), restored.sink());
            RowSetDigest backedUp = new RowSetDigest();
            try (InputStream data = archive.data(entry)) {
                data.transferTo(backedUp.sink());
            }
            if (restored.rows() != entry.rows() || !restored.equals(backedUp)) {
                throw new RestoreRefused(entry.name() + " reads back as " + restored + "; the backup has " + backedUp
                        + " (" + entry.rows() + " in its manifest)");
            }
        }
        for (Manifest.SequenceValue sequence : manifest.sequences()) {
            Manifest.SequenceValue restored = catalog.sequence(sequence.name());
            if (!restored.equals(sequence)) {
                throw new RestoreRefused("sequence " + sequence.name() + " reads back as " + restored);
            }
        }
    }
}
