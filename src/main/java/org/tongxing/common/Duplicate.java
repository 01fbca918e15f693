package org.tongxing.common;

import java.util.List;

/** The change would record something twice (a taken username, an existing area, a household already a member). */
public class Duplicate extends DomainException {

    public Duplicate(String detail, String field, String message) {
        super(detail, List.of(new FieldIssue(field, message)));
    }

    public Duplicate(String detail) {
        super(detail);
    }
}
