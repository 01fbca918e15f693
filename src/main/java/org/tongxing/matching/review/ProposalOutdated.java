package org.tongxing.matching.review;

import org.tongxing.web.problem.ProblemException;
import org.tongxing.web.problem.ProblemType;

/** What the proposal assumed is no longer true; accepting it now would break a rule. */
public class ProposalOutdated extends ProblemException {

    public ProposalOutdated(String detail) {
        super(ProblemType.PROPOSAL_OUTDATED, detail);
    }
}
