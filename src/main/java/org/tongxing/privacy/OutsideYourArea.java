package org.tongxing.privacy;

import org.tongxing.common.DomainException;

/** The place lies outside the area the caller is responsible for, or may see. */
public class OutsideYourArea extends DomainException {

    public OutsideYourArea(String detail) {
        super(detail);
    }
}
