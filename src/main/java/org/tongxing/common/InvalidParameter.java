package org.tongxing.common;

import java.util.List;

/** A query or path parameter the operation cannot use (an unknown sort field, a cursor it never handed out). */
public class InvalidParameter extends DomainException {

    public InvalidParameter(String parameter, String message) {
        super("Parameter '" + parameter + "' " + message, List.of(new FieldIssue(parameter, message)));
    }
}
