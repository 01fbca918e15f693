package org.tongxing.matching;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.tongxing.common.SequencedEntity;

/** A volunteer and a household that later runs must never match (the solver's {@code MatchingConflict} fact). */
@Entity
public class MatchingConflict extends SequencedEntity {

    public Long volunteerId;

    public Long householdId;

    public String reason;

    @Enumerated(EnumType.STRING)
    public ConflictSource source;

    public Long proposalId;

    public Long createdBy;

    public Instant createdAt;
}
