package org.tongxing.visit;

import org.tongxing.common.DomainException;

/** A visit code this platform did not issue, or one copied wrongly. */
public class VisitCodeInvalid extends DomainException {

    public VisitCodeInvalid(String detail) {
        super(detail);
    }
}
