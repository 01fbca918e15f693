package org.tongxing.notification;

import java.time.Instant;

/**
 * How one send went, to be recorded under the lease it was sent under. Kept apart from the recording so that a
 * send whose record could not be written is remembered, rather than forgotten and sent again.
 */
record OutboxOutcome(OutboxLease lease, OutboxLease.Email email, boolean sent, Instant at, String error,
        Instant retryAt) {

    static OutboxOutcome sent(OutboxLease lease, OutboxLease.Email email, Instant at) {
        return new OutboxOutcome(lease, email, true, at, null, null);
    }

    /** A failure to be retried at {@code retryAt}, or given up if that is null. */
    static OutboxOutcome failed(OutboxLease lease, OutboxLease.Email email, String error, Instant retryAt) {
        return new OutboxOutcome(lease, email, false, null, error, retryAt);
    }

    /** Writes the outcome; false if the lease had passed to another sender meanwhile. */
    boolean recordIn(OutboxLeases leases) {
        return sent ? leases.sent(lease, email, at) : leases.failed(lease, email, error, retryAt);
    }
}
