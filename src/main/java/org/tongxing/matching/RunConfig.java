package org.tongxing.matching;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of matching runs; the solver's own limits are {@code tongxing.matching.spent-limit} and friends. */
@ConfigMapping(prefix = "tongxing.matching.runs")
public interface RunConfig {

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
