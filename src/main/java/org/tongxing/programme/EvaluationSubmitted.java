package org.tongxing.programme;

import org.tongxing.common.DomainException;

/** The evaluation round was submitted and can no longer change. */
public class EvaluationSubmitted extends DomainException {

    public EvaluationSubmitted(String detail) {
        super(detail);
    }
}
