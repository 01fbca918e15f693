package org.tongxing.web.problem;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.tongxing.common.Causes;
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
        return Causes.of(e).map(this::known).flatMap(Optional::stream).findFirst().orElseGet(() -> logged(e, uri));
    }

    /** The answer to a failure the other mappers know, however deep it is wrapped. */
    private Optional<Response> known(Throwable cause) {
        if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
            return Optional.of(OptimisticLockMapper.response(uri));
        }
        if (cause instanceof org.hibernate.exception.ConstraintViolationException violation) {
            return Optional.of(DatabaseConstraintMapper.response(violation, uri));
        }
        if (cause instanceof DomainException refusal) {
            return Optional.of(DomainProblems.response(refusal, uri));
        }
        if (cause instanceof ProblemException problem) {
            return Optional.of(ProblemResponses.of(problem.type(), problem.getMessage(), problem.errors(), uri));
        }
        return Optional.empty();
    }

    static Response logged(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Incident %s", incident);
        return ProblemResponses.of(ProblemType.INTERNAL_ERROR,
                "An unexpected error occurred; quote incident " + incident + " when reporting it", uri);
    }
}
