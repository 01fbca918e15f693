package org.tongxing.notification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An outbox entry and an inbox message at once: written in the transaction of the event it announces, shown
 * in the recipient's inbox at once, and e-mailed by {@link OutboxSender} afterwards, with retries.
 */
@Entity
public class Notification extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    public Long id;

    @Column(name = "recipient_id")
    public Long recipientId;

    @Enumerated(EnumType.STRING)
    public NotificationKind kind;

    public String subject;

    public String body;

    @Column(name = "need_id")
    public Long needId;

    @Column(name = "claim_id")
    public Long claimId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;

    @Column(name = "email_to")
    public String emailTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "email_status")
    public EmailStatus emailStatus;

    @Column(name = "email_attempts")
    public int emailAttempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** Until when a sender holds this row for sending; afterwards any sender may take it again. */
    @Column(name = "lease_until")
    public Instant leaseUntil;

    /** Which sender holds the lease: only that one may record how the send went. */
    @Column(name = "lease_token")
    public UUID leaseToken;
}
