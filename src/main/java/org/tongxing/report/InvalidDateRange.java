package org.tongxing.report;

import java.util.List;

import org.tongxing.common.DomainException;
import org.tongxing.common.FieldIssue;

/** The period of statistics or an export ends before it starts, or spans more years than may be counted at once. */
public class InvalidDateRange extends DomainException {

    public InvalidDateRange(String detail, String field, String message) {
        super(detail, List.of(new FieldIssue(field, message)));
    }
}
