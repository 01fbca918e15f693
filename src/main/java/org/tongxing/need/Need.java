package org.tongxing.need;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.tongxing.common.VersionedEntity;
import org.tongxing.household.Household;

/** Something a household asks for. */
@Entity
public class Need extends VersionedEntity {

    /** Named here because the column is mapped twice: written through this id, read through {@link #household}. */
    @Column(name = "household_id")
    public Long householdId;

    /** The household, for reads that join it; the need is written through {@link #householdId}. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "household_id", insertable = false, updatable = false)
    public Household household;

    public Long memberId;

    @Enumerated(EnumType.STRING)
    public NeedCategory category;

    public String description;

    /** The description as the public may read it; kept in step by {@link PublicText}. */
    public String publicDescription;

    @Enumerated(EnumType.STRING)
    public Urgency urgency;

    /**
     * Computed by the database from {@link #urgency} for "most urgent first" ordering in queries.
     * Never written, and not refreshed in memory after a change: read {@link #urgency} instead.
     */
    @Column(insertable = false, updatable = false)
    public short urgencyRank;

    public String areaCode;

    public LocalDate wantedBy;

    @Enumerated(EnumType.STRING)
    public NeedStatus status;

    @Enumerated(EnumType.STRING)
    public Visibility visibility;

    /** The need asks for a long-term partner (a tutor, a counsellor, a sponsor): matching runs pair it. */
    public boolean longTerm;

    public String cancelReason;

    /** When the need reached its current visibility; automatic escalation counts from here. */
    public Instant escalatedAt;
}
