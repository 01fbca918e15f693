package org.tongxing.backup;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.tongxing.account.Viewer;
import org.tongxing.common.Timestamps;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;

/**
 * Takes online backups: a consistent snapshot of every application table while the service keeps running. All
 * that can fail before the first byte (the connection, the disclosure record) fails here, so the caller still gets
 * a problem instead of a broken file.
 */
@ApplicationScoped
public class Backups {

    private static final Logger LOG = Logger.getLogger(Backups.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    BackupDisclosures disclosures;

    @Inject
    ObjectMapper json;

    public Backup take(Viewer viewer) {
        LOG.infof("Backup requested by %s", viewer.username());
        // Recorded first, so the backup holds its own disclosure; a household opened in the instant before the
        // snapshot is recorded just after it.
        Set<Long> recorded = disclosures.recordEveryHousehold(viewer);
        Instant takenAt = Timestamps.now();
        Snapshot snapshot = snapshot();
        try {
            disclosures.record(viewer, householdsBeyond(recorded, snapshot));
            return new Backup(snapshot, new ArchiveWriter(json), viewer.username(), takenAt);
        } catch (RuntimeException e) {
            snapshot.close();
            throw e;
        }
    }

    private static List<Long> householdsBeyond(Set<Long> recorded, Snapshot snapshot) {
        try {
            return snapshot.householdIds().stream().filter(id -> !recorded.contains(id)).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the snapshot", e);
        }
    }

    private Snapshot snapshot() {
        try {
            return Snapshot.take(dataSource);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not open a snapshot of the database", e);
        }
    }
}
