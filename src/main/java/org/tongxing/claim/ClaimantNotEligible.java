package org.tongxing.claim;

import org.tongxing.common.DomainException;

/** The caller may not take on this kind of need: not vetted, or it lies outside their skills or services. */
public class ClaimantNotEligible extends DomainException {

    public ClaimantNotEligible(String detail) {
        super(detail);
    }
}
