package org.tongxing.web.problem;

import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.tongxing.common.DomainException;

/**
 * Last resort. Failures raised at commit arrive wrapped (RollbackException, ArcUndeclaredThrowable),
 * so the cause chain is searched for a known failure first (the database out of reach: 503); anything else is
 * a 500 whose body holds an incident id and never a stack trace.
 */
@Provider
public class ServerErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ServerErrorMapper.class);

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
        if (DatabaseUnavailableProblem.matches(e)) {
            return DatabaseUnavailableProblem.response(e, uri);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return OptimisticLockMapper.response(uri);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation) {
                return DatabaseConstraintMapper.response(violation, uri);
            }
            if (cause instanceof DomainException refusal) {
                return DomainProblems.response(refusal, uri);
            }
            if (cause instanceof ProblemException problem) {
                return ProblemResponses.of(problem.type(), problem.getMessage(), problem.errors(), uri);
            }
            if (cause == cause.getCause()) {
                break;
            }
        }
        return logged(e, uri);
    }

    static Response logged(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Incident %s", incident);
        return ProblemResponses.of(ProblemType.INTERNAL_ERROR,
                "An unexpected error occurred; quote incident " + incident + " when reporting it", uri);
    }
}
