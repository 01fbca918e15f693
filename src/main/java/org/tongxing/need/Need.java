package org.tongxing.need;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Something a household asks for. */
@Entity
public class Need extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "need_seq")
    @SequenceGenerator(name = "need_seq", sequenceName = "need_seq", allocationSize = 50)
    public Long id;

    @Column(name = "household_id")
    public Long householdId;

    @Column(name = "member_id")
    public Long memberId;

    @Enumerated(EnumType.STRING)
    public NeedCategory category;

    public String description;

    /** The description as the public may read it; kept in step by {@link PublicText}. */
    @Column(name = "public_description")
    public String publicDescription;

    @Enumerated(EnumType.STRING)
    public Urgency urgency;

    /**
     * Computed by the database from {@link #urgency} for "most urgent first" ordering in queries.
     * Never written, and not refreshed in memory after a change: read {@link #urgency} instead.
     */
    @Column(name = "urgency_rank", insertable = false, updatable = false)
    public short urgencyRank;

    @Column(name = "area_code")
    public String areaCode;

    @Column(name = "wanted_by")
    public LocalDate wantedBy;

    @Enumerated(EnumType.STRING)
    public NeedStatus status;

    @Enumerated(EnumType.STRING)
    public Visibility visibility;

    /** The need asks for a long-term partner (a tutor, a counsellor, a sponsor): matching runs pair it. */
    @Column(name = "long_term")
    public boolean longTerm;

    @Column(name = "cancel_reason")
    public String cancelReason;

    /** When the need reached its current visibility; automatic escalation counts from here. */
    @Column(name = "escalated_at")
    public Instant escalatedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
