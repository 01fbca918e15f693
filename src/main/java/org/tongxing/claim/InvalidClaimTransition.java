package org.tongxing.claim;

import org.tongxing.common.DomainException;

/** The claim is not in a state that allows this step (accepting a declined claim). */
public class InvalidClaimTransition extends DomainException {

    public InvalidClaimTransition(String detail) {
        super(detail);
    }
}
