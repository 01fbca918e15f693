package org.tongxing.claim;

import org.tongxing.common.DomainException;

/** The need is no longer open for claiming: fulfilled or cancelled. */
public class NeedNotOpen extends DomainException {

    public NeedNotOpen(String detail) {
        super(detail);
    }
}
