package org.tongxing.account;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Sign-in throttling (see {@link LoginThrottle}): after {@code failures} failures of one account from one address
 * (or from one known device) within {@code window}, wait, doubling each time up to {@code max-delay}; the same from
 * {@code address-failures} failures from one address for any accounts; and from {@code account-failures} failures of
 * one account from anywhere, each address waits before its next attempt, at most {@code account-max-delay}.
 */
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

    /** Failures from one address, whatever the accounts, before that address (without a known device) waits. */
    @WithDefault("20")
    int addressFailures();

    /** Failures of one account from anywhere before every address without a known device waits between attempts. */
    @WithDefault("10")
    int accountFailures();

    /** The bound of that wait: however many addresses an attacker uses, the owner waits no longer than this. */
    @WithDefault("PT1M")
    Duration accountMaxDelay();
}
