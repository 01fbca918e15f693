package org.tongxing.db;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

/**
 * A JVM killed outright ({@code kill -9}, an OOM killer) cannot stop its embedded server: the postmaster runs on,
 * holding {@code postmaster.pid}, and the next start in that directory failed. The library has locked the data
 * directory against every live JVM before this runs, so a postmaster found there belongs to a dead one: it is
 * stopped (or, if the recorded process is gone or not PostgreSQL, the stale lock file is removed).
 */
final class OrphanedPostmaster {

    private static final Logger LOG = Logger.getLogger(OrphanedPostmaster.class);
    private static final long SHUTDOWN_WAIT_SECONDS = 30;

    private OrphanedPostmaster() {
    }

    static void stopIn(File dataDirectory) {
        Path pidFile = dataDirectory.toPath().resolve("postmaster.pid");
        Optional<ProcessHandle> postmaster = recordedProcess(pidFile).filter(OrphanedPostmaster::isPostgres);
        if (postmaster.isPresent()) {
            LOG.warnf("Stopping the embedded PostgreSQL (pid %d) left running in %s by a JVM that ended abruptly",
                    postmaster.get().pid(), dataDirectory);
            stop(postmaster.get());
        }
        try {
            // PostgreSQL removes its lock file when it stops; one that outlived its process is only in the way.
            if (Files.deleteIfExists(pidFile)) {
                LOG.warnf("Removed the stale %s", pidFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove the stale " + pidFile, e);
        }
    }

    private static Optional<ProcessHandle> recordedProcess(Path pidFile) {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            LOG.warnf("Unreadable %s (%s); treating it as stale", pidFile, e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.isAlive() && process.info().command().map(c -> c.endsWith("postgres")).orElse(false);
    }

    /** SIGTERM is a smart shutdown, which completes at once: the dead JVM's connections are gone with it. */
    private static void stop(ProcessHandle postmaster) {
        postmaster.destroy();
        try {
            postmaster.onExit().get(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warnf("PostgreSQL (pid %d) did not stop within %d s; killing it (it recovers at start)",
                    postmaster.pid(), SHUTDOWN_WAIT_SECONDS);
            postmaster.destroyForcibly();
            postmaster.onExit().orTimeout(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS).join();
        }
    }
}
