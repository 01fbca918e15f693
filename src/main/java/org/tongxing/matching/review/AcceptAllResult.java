package org.tongxing.matching.review;

import java.util.List;

import org.tongxing.ui.Problems;

/** What "accept all" did: how many became pairs or groups, and which failed and why. */
public record AcceptAllResult(int accepted, List<Failure> failed) {

    /** @param type the problem type a single acceptance would have answered with */
    public record Failure(long proposalId, String type, String detail) {
    }

    public static AcceptAllResult of(AcceptAllOutcome outcome, Problems problems) {
        return new AcceptAllResult(outcome.accepted(), outcome.refused().stream()
                .map(r -> new Failure(r.proposalId(), problems.type(r.reason()), r.reason().getMessage())).toList());
    }
}
