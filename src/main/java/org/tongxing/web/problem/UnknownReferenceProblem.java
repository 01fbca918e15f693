package org.tongxing.web.problem;

import java.util.List;

public class UnknownReferenceProblem extends ProblemException {
    public UnknownReferenceProblem(String field, String what, Object id) {
        super(ProblemType.UNKNOWN_REFERENCE, "No " + what + " with id " + id,
                List.of(new Problem.FieldError(field, "refers to no existing " + what)));
    }
}
