package org.tongxing.account;

import java.time.Duration;

/** Sign-in refused: wrong credentials, a disabled account, or too many recent failures (then {@link #retryAfter()}). */
public class LoginRefusedException extends RuntimeException {

    private final Duration retryAfter;

    private LoginRefusedException(String message, Duration retryAfter) {
        super(message, null, false, false);
        this.retryAfter = retryAfter;
    }

    public static LoginRefusedException wrongCredentials() {
        return new LoginRefusedException("Wrong username or password", Duration.ZERO);
    }

    public static LoginRefusedException throttled(Duration wait) {
        return new LoginRefusedException("Too many failed sign-in attempts; try again in " + wholeSeconds(wait) + " s",
                wait);
    }

    public boolean throttled() {
        return !retryAfter.isZero();
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** The wait in whole seconds, rounded up: a client that waits exactly this long must not be refused again. */
    public long retryAfterSeconds() {
        return wholeSeconds(retryAfter);
    }

    private static long wholeSeconds(Duration wait) {
        return wait.plusSeconds(1).minusNanos(1).toSeconds();
    }
}
