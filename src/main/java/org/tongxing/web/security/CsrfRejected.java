package org.tongxing.web.security;

import org.tongxing.web.problem.ProblemException;
import org.tongxing.web.problem.ProblemType;

/**
 * A state-changing request without the matching CSRF token. A type of its own so that a page layer can
 * map it to a friendly "reload and try again" page while the API keeps answering problem+json.
 */
public class CsrfRejected extends ProblemException {
    public CsrfRejected(String detail) {
        super(ProblemType.CSRF_REJECTED, detail);
    }
}
