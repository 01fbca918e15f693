package org.tongxing.matching.commitment;

import org.tongxing.web.problem.ProblemException;
import org.tongxing.web.problem.ProblemType;

/** The pair or group ended already (or the volunteer left the seat): a stable 409 a client can tell from a race. */
public class CommitmentEnded extends ProblemException {

    public CommitmentEnded(String detail) {
        super(ProblemType.COMMITMENT_ENDED, detail);
    }
}
