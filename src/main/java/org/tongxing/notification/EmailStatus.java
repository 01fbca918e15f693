package org.tongxing.notification;

public enum EmailStatus {
    /** Waiting to be sent (again). */
    PENDING,
    SENT,
    /** Gave up after the configured number of attempts. */
    FAILED,
    /** The recipient has no e-mail address: in-app only. */
    SKIPPED
}
