package org.tongxing.common;

import java.util.List;

/** The request names records that exist but do not belong together (a member of another household). */
public class InconsistentReference extends DomainException {

    public InconsistentReference(String detail, String field, String message) {
        super(detail, List.of(new FieldIssue(field, message)));
    }
}
