package org.tongxing.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.jboss.logging.Logger;

/**
 * A backup whose snapshot is taken and whose disclosure is recorded, ready to be written out once. Writing it
 * releases the snapshot, whether the write succeeds or the client goes away half-way.
 */
public final class Backup {

    private static final Logger LOG = Logger.getLogger(Backup.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm'Z'")
            .withZone(ZoneOffset.UTC);

    private final Snapshot snapshot;
    private final ArchiveWriter writer;
    private final String takenBy;
    private final Instant takenAt;

    Backup(Snapshot snapshot, ArchiveWriter writer, String takenBy, Instant takenAt) {
        this.snapshot = snapshot;
        this.writer = writer;
        this.takenBy = takenBy;
        this.takenAt = takenAt;
    }

    /** For example {@code tongxing-backup-2026-12-07T1830Z.zip}. */
    public String fileName() {
        return "tongxing-backup-" + FILE_TIME.format(takenAt) + ".zip";
    }

    public void writeTo(OutputStream out) throws IOException {
        try (snapshot) {
            Manifest manifest = writer.write(snapshot, takenBy, takenAt, out);
            LOG.infof("Backup taken by %s: %d tables, %d rows, schema version %s", takenBy, manifest.tables().size(),
                    manifest.rows(), manifest.schemaVersion());
        } catch (SQLException e) {
            throw new IOException("The backup could not be read from the database", e);
        }
    }
}
