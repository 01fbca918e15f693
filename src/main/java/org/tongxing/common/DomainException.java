package org.tongxing.common;

import java.util.List;

/**
 * A refusal the caller can act on, in the domain's words: what was refused and, for input, which fields are at
 * fault. It knows nothing of HTTP; the edge ({@code web.problem.DomainProblems}) answers each kind with its
 * problem type and status. No stack trace: a refusal is an answer, not a fault.
 */
public abstract class DomainException extends RuntimeException {

    private final List<FieldIssue> fields;

    protected DomainException(String detail) {
        this(detail, List.of());
    }

    protected DomainException(String detail, List<FieldIssue> fields) {
        super(detail, null, false, false);
        this.fields = List.copyOf(fields);
    }

    /** The fields at fault, never their values; empty when the refusal is not about input. */
    public List<FieldIssue> fields() {
        return fields;
    }
}
