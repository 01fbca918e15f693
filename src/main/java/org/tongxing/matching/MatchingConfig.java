package org.tongxing.matching;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Every setting of matching, under {@code tongxing.matching}: the solver's limits and the runs' timing. */
@ConfigMapping(prefix = "tongxing.matching")
public interface MatchingConfig {

    /** The longest a run may solve; a run's own time limit may not exceed it. */
    @WithDefault("PT2M")
    Duration spentLimit();

    /** A run ends earlier once its best plan has not improved for this long. */
    @WithDefault("PT15S")
    Duration unimprovedLimit();

    Runs runs();

    /** Runs: the time limit when a request names none, and the lease that tells a live run from a dead one. */
    interface Runs {

        /** Time limit of a run that names none. */
        @WithDefault("PT30S")
        Duration defaultTimeLimit();

        /** How often the solving instance renews the lease of its runs. */
        @WithDefault("PT10S")
        Duration heartbeat();

        /** A run whose lease was not renewed for this long died with its instance and is marked FAILED. */
        @WithDefault("PT45S")
        Duration lease();
    }
}
