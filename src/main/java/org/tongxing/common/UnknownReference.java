package org.tongxing.common;

import java.util.List;

/** The request names a record (by id or code) that does not exist. */
public class UnknownReference extends DomainException {

    public UnknownReference(String field, String what, Object id) {
        super("No " + what + " with id " + id, List.of(new FieldIssue(field, "refers to no existing " + what)));
    }
}
