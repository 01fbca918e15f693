package org.tongxing.matching.review;

import java.time.Instant;

import org.tongxing.matching.ConflictSource;
import org.tongxing.matching.MatchingConflict;

public record ConflictView(long id, long volunteerId, long householdId, String reason, ConflictSource source,
        Long proposalId, Instant createdAt) {

    public static ConflictView from(MatchingConflict c) {
        return new ConflictView(c.id, c.volunteerId, c.householdId, c.reason, c.source, c.proposalId, c.createdAt);
    }
}
