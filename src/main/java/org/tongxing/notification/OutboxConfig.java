package org.tongxing.notification;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "tongxing.outbox")
public interface OutboxConfig {

    /** How often the sender runs (read by its schedule). */
    @WithDefault("10s")
    Duration every();

    /** Attempts before an e-mail is given up (it stays in the in-app inbox regardless). */
    @WithDefault("8")
    int maxAttempts();

    /** Wait after the first failure; doubled after each further one. */
    @WithDefault("PT30S")
    Duration firstRetry();

    /** E-mails taken per run of the sender. */
    @WithDefault("50")
    int batchSize();

    /**
     * How long a sender holds the rows it took. A sender that dies meanwhile leaves them to others after this;
     * rows it cannot reach before the lease ends (each send may take up to quarkus.mailer.timeout) it hands back.
     */
    @WithDefault("PT5M")
    Duration lease();
}
