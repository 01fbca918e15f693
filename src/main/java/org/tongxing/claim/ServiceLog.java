package org.tongxing.claim;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.tongxing.common.SequencedEntity;
import org.tongxing.need.NeedCategory;

/** One service delivered under a claim, a pair or a group. Household, helper and category are copied in for statistics. */
@Entity
public class ServiceLog extends SequencedEntity {

    /** Exactly one of claim, pair and group: the one service model of claims and commitments. */
    public Long claimId;

    public Long pairingId;

    public Long supportGroupId;

    public Long needId;

    public Long householdId;

    public Long volunteerId;

    public Long organisationId;

    @Enumerated(EnumType.STRING)
    public NeedCategory category;

    public LocalDate servedOn;

    public BigDecimal hours;

    public int personTimes;

    public String note;

    public Long loggedBy;

    public Instant createdAt;
}
