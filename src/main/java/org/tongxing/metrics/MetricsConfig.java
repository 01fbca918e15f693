package org.tongxing.metrics;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "tongxing.metrics")
public interface MetricsConfig {

    /**
     * How long figures read from the database (open needs, the outbox) are reused: scrapes within this time,
     * from however many Prometheus servers, cost one set of queries.
     */
    @WithDefault("PT10S")
    Duration databaseFiguresMaxAge();
}
