package org.tongxing.matching.run;

import org.tongxing.common.DomainException;

/** A run of this kind is already active in the district; one at a time. */
public class RunAlreadyActive extends DomainException {

    public RunAlreadyActive(String detail) {
        super(detail);
    }
}
