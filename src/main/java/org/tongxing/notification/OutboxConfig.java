package org.tongxing.notification;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "tongxing.outbox")
public interface OutboxConfig {

    /** Attempts before an e-mail is given up (it stays in the in-app inbox regardless). */
    @WithDefault("8")
    int maxAttempts();

    /** Wait after the first failure; doubled after each further one. */
    @WithDefault("PT30S")
    Duration firstRetry();

    /** E-mails taken per run of the sender. */
    @WithDefault("50")
    int batchSize();
}
