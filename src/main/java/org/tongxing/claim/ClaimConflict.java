package org.tongxing.claim;

import org.tongxing.common.DomainException;

/** Someone else holds the need (or won the race for it at the database); the caller should pick another. */
public class ClaimConflict extends DomainException {

    public ClaimConflict(String detail) {
        super(detail);
    }
}
