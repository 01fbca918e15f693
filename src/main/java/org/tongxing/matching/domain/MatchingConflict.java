package org.tongxing.matching.domain;

/** A volunteer and a household who must never be matched (a relative, a past complaint, a dispute). */
public record MatchingConflict(long volunteerId, long householdId) {
}
