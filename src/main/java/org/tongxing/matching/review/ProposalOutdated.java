package org.tongxing.matching.review;

import org.tongxing.common.DomainException;

/** What the proposal assumed is no longer true; accepting it now would break a rule. */
public class ProposalOutdated extends DomainException {

    public ProposalOutdated(String detail) {
        super(detail);
    }
}
