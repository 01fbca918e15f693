package org.tongxing.matching.review;

import java.util.List;

/** What "accept all" did: how many became pairs or groups, and which failed and why. */
public record AcceptAllResult(int accepted, List<Failure> failed) {

    /** @param type the problem type a single acceptance would have answered with */
    public record Failure(long proposalId, String type, String detail) {
    }
}
