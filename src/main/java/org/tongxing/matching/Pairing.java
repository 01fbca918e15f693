package org.tongxing.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;

import org.tongxing.common.SequencedEntity;

/** A long-term pair (结对帮扶): one volunteer with one household, for one need that asked for a partner. */
@Entity
public class Pairing extends SequencedEntity {

    public Long needId;

    public Long householdId;

    public Long volunteerId;

    public Long proposalId;

    @Enumerated(EnumType.STRING)
    public CommitmentStatus status;

    public Instant since;

    public Instant endedAt;

    public String endReason;

    public Long createdBy;

    public Instant updatedAt;

    @Enumerated(EnumType.STRING)
    public CommitmentStage stage;

    /** The day the trial is up: the cadre then makes the pair formal or ends it. */
    public LocalDate trialEndsOn;

    public Instant formalSince;

    @Enumerated(EnumType.STRING)
    public Answer volunteerAnswer;

    /** Past this the unanswered trial returns to the cadre (the pair ends, nobody is banned). */
    public Instant volunteerAnswerDue;

    public boolean volunteerSharesPhone;

    public Instant householdConsentedAt;

    public Long householdConsentedBy;

    @Enumerated(EnumType.STRING)
    public Rhythm rhythm;

    @Enumerated(EnumType.STRING)
    public EndKind endKind;

    public LocalDate lastContactOn;

    /** 0 while contacts keep the rhythm; 1 and 2 once the first and the second quiet alert went out. */
    public short quietLevel;

    @Version
    public long version;

    /** Both sides said yes: the volunteer confirmed and the household consented. Only then is the family handed over. */
    public boolean handedOver() {
        return status == CommitmentStatus.ACTIVE && volunteerAnswer == Answer.CONFIRMED && householdConsentedAt != null;
    }

    /**
     * Pairs of these households active at some time in [from, until): begun before its end and not ended before
     * its start, the rule of the statistics' pairs section (report.PairingCounts). Newest first.
     */
    public static List<Pairing> activeWithin(Collection<Long> householdIds, Instant from, Instant until) {
        return householdIds.isEmpty() ? List.of()
                : list("householdId in ?1 and since < ?3 and (endedAt is null or endedAt >= ?2)"
                        + " order by since desc, id desc", householdIds, from, until);
    }
}
