package org.tongxing.account;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Sign-in throttling: after {@code failures} failures within {@code window} wait, doubling each time. */
@ConfigMapping(prefix = "tongxing.login-throttle")
public interface ThrottleConfig {

    @WithDefault("5")
    int failures();

    @WithDefault("PT15M")
    Duration window();

    /** The first wait; each further failure doubles it, up to {@link #maxDelay()}. */
    @WithDefault("PT30S")
    Duration firstDelay();

    @WithDefault("PT15M")
    Duration maxDelay();
}
