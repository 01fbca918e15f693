package org.tongxing.visit;

import org.tongxing.common.DomainException;

/** A visit code of an earlier generation, withdrawn when a new one was printed. */
public class VisitCodeRevoked extends DomainException {

    public VisitCodeRevoked(String detail) {
        super(detail);
    }
}
