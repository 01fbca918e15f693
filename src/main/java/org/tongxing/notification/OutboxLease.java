package org.tongxing.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Outbox rows one sender has taken until {@code until}; the token proves it still holds them. */
public record OutboxLease(UUID token, Instant until, List<Email> emails) {

    /** What is needed to send one row, read in the lease's transaction so that sending needs none. */
    public record Email(long id, String to, String subject, String body, int attempt) {

        static Email from(Notification n) {
            return new Email(n.id, n.emailTo, n.subject, n.body, n.emailAttempts);
        }
    }

    /** Whether a send that starts now and takes at most {@code sendLimit} still ends within the lease. */
    public boolean covers(Instant now, Duration sendLimit) {
        return now.plus(sendLimit).isBefore(until);
    }
}
