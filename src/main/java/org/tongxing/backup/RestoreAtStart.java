package org.tongxing.backup;

import java.nio.file.Path;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.PreventFurtherStepsException;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;

/**
 * A start with {@code tongxing.backup.restore-from} restores that backup and stops: exit code 0 when restored, 1
 * when refused. It runs before the demo data (priority 1000) and the first administrator (2000) and ends the start
 * there, so neither of them, nor anything later, writes into the database in that start; {@link RestoreMode}
 * keeps the scheduler off and the HTTP port closed meanwhile. (Any other failure fails the start as usual.)
 */
@ApplicationScoped
public class RestoreAtStart {

    private static final Logger LOG = Logger.getLogger(RestoreAtStart.class);

    @Inject
    BackupConfig config;

    @Inject
    Restore restore;

    void onStart(@Observes @Priority(500) StartupEvent event) {
        Optional<Path> archive = config.restoreFrom();
        if (archive.isPresent()) {
            Quarkus.asyncExit(restore(archive.get()));
            // Ends the start here: later observers are not notified and the HTTP port is never opened.
            throw new PreventFurtherStepsException();
        }
    }

    private int restore(Path archive) {
        try {
            Manifest restored = restore.from(archive);
            LOG.infof(
                    "Restored %d tables, %d rows of schema version %s from %s (taken by %s at %s); start again without"
                            + " %s",
                    restored.tables().size(), restored.rows(), restored.schemaVersion(), archive,
                    restored.createdBy(), restored.createdAt(), RestoreMode.PROPERTY);
            return 0;
        } catch (RestoreRefused e) {
            LOG.errorf("Restore from %s refused, nothing was written: %s", archive, e.getMessage());
            return 1;
        }
    }
}
