package org.tongxing.claim;

import org.tongxing.common.DomainException;

/** Too few of the claimant's finished claims were completed for them to claim more. */
public class CompletionRatioTooLow extends DomainException {

    public CompletionRatioTooLow(String detail) {
        super(detail);
    }
}
