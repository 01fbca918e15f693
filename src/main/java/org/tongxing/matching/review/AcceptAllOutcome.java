package org.tongxing.matching.review;

import java.util.List;

import org.tongxing.common.DomainException;

/** What "accept all" did: how many proposals became pairs or groups, and which were refused and why. */
public record AcceptAllOutcome(int accepted, List<Refused> refused) {

    public record Refused(long proposalId, DomainException reason) {
    }
}
