package org.tongxing.common;

import java.util.List;

/** Input that breaks a rule bean validation cannot express (a date in the past, a second contact person). */
public class InvalidInput extends DomainException {

    public InvalidInput(String detail, String field, String message) {
        this(detail, List.of(new FieldIssue(field, message)));
    }

    public InvalidInput(String detail, List<FieldIssue> fields) {
        super(detail, fields);
    }
}
