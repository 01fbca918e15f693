package org.tongxing.privacy;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.tongxing.common.Role;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One showing of a family's identity to someone other than its field case workers. Append-only. */
@Entity
public class Disclosure extends PanacheEntityBase {

    public enum Channel {
        API, PAGE, EXPORT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(updatable = false)
    public Instant occurredAt;

    @Column(updatable = false)
    public Long viewerId;

    @Column(updatable = false)
    public String viewerUsername;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public Role viewerRole;

    @Column(updatable = false)
    public Long householdId;

    @Column(updatable = false)
    public Long needId;

    @Column(updatable = false)
    public Long claimId;

    /** Comma-separated names of the identity fields shown. */
    @Column(updatable = false)
    public String fields;

    @Column(updatable = false)
    public String purpose;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public Channel channel;
}
