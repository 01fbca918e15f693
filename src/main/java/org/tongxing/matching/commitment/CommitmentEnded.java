package org.tongxing.matching.commitment;

import org.tongxing.common.DomainException;

/** The pair or group ended already (or the volunteer left the seat): a refusal a client can tell from a race. */
public class CommitmentEnded extends DomainException {

    public CommitmentEnded(String detail) {
        super(detail);
    }
}
