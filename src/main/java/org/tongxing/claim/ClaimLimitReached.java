package org.tongxing.claim;

import org.tongxing.common.DomainException;

/** The claimant already holds as many open claims as they may. */
public class ClaimLimitReached extends DomainException {

    public ClaimLimitReached(String detail) {
        super(detail);
    }
}
