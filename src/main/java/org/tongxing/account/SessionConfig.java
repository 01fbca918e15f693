package org.tongxing.account;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Lifetime of a signed-in browser session. */
@ConfigMapping(prefix = "tongxing.session")
public interface SessionConfig {

    /** A session ends this long after sign-in, however active. */
    @WithDefault("PT12H")
    Duration absoluteTimeout();

    /** A session ends after this long without a request (shared phones in community offices). */
    @WithDefault("PT30M")
    Duration idleTimeout();
}
