package org.tongxing.matching.domain;

/**
 * A volunteer and a household who must never be matched (a relative, a past complaint, a dispute): the solver's
 * fact, read from the recorded {@code matching.MatchingConflict}s.
 */
public record KeptApart(long volunteerId, long householdId) {
}
