package org.tongxing.backup;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Settings of backups and restores. */
@ConfigMapping(prefix = "tongxing.backup")
public interface BackupConfig {

    /**
     * A backup to load into this database, which must be empty, at start-up. Set for one start only: that start
     * restores and stops (exit code 0), so the setting cannot stay behind and restore again later.
     */
    Optional<Path> restoreFrom();
}
