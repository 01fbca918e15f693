package org.tongxing.account;

import java.time.Instant;

import jakarta.persistence.Entity;

import org.tongxing.common.SequencedEntity;

/** A signed-in browser, found by the SHA-256 of its cookie value. */
@Entity
public class UserSession extends SequencedEntity {

    public Long userId;

    public String tokenHash;

    public Instant createdAt;

    public Instant lastSeenAt;

    public Instant expiresAt;

    public Instant revokedAt;

    public String revokedReason;

    public String address;

    public String userAgent;
}
