package org.tongxing.backup;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The last check before the commit: every restored table, read back as COPY text, has the row count and SHA-256
 * the manifest recorded at backup time, and every sequence stands where it stood. Rows come back in the order
 * they were loaded, because they went into empty tables within this one transaction.
 */
final class ReadBack {

    private ReadBack() {
    }

    static void compare(Manifest manifest, Catalog catalog, Map<String, Catalog.Table> tables, Connection connection)
            throws SQLException, IOException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (Manifest.TableEntry entry : manifest.tables()) {
            Sha256 sha = new Sha256();
            long rows = copy.copyOut(tables.get(entry.name()).copyOut(), sha.sink());
            String checksum = sha.hex();
            if (rows != entry.rows() || !checksum.equals(entry.sha256())) {
                throw new RestoreRefused(entry.name() + " reads back as " + rows + " rows with SHA-256 " + checksum
                        + "; the backup has " + entry.rows() + " rows with " + entry.sha256());
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
