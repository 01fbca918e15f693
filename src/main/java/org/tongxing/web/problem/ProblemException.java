package org.tongxing.web.problem;

import java.util.List;

/**
 * A refusal raised by the edge itself (a missing CSRF token, a password that must be changed first), which knows
 * its problem type already. Features throw {@link org.tongxing.common.DomainException}s instead.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
