package org.tongxing.notification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.tongxing.common.SequencedEntity;

/**
 * An outbox entry and an inbox message at once: written in the transaction of the event it announces, shown
 * in the recipient's inbox at once, and e-mailed by {@link OutboxSender} afterwards, with retries.
 */
@Entity
public class Notification extends SequencedEntity {

    public Long recipientId;

    @Enumerated(EnumType.STRING)
    public NotificationKind kind;

    public String subject;

    public String body;

    public Long needId;

    public Long claimId;

    public Instant createdAt;

    public Instant readAt;

    public String emailTo;

    @Enumerated(EnumType.STRING)
    public EmailStatus emailStatus;

    public int emailAttempts;

    public Instant nextAttemptAt;

    public String lastError;

    public Instant sentAt;

    /** Until when a sender holds this row for sending; afterwards any sender may take it again. */
    public Instant leaseUntil;

    /** Which sender holds the lease: only that one may record how the send went. */
    public UUID leaseToken;
}
