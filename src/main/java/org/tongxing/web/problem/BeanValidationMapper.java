package org.tongxing.web.problem;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.Logger;
import org.tongxing.common.FieldPath;

/** Bean-validation failures on request bodies and parameters: 400 with one entry per invalid field. */
@Provider
public class BeanValidationMapper implements ExceptionMapper<ConstraintViolationException> {

    private static final Logger LOG = Logger.getLogger(BeanValidationMapper.class);

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        if (e.getConstraintViolations().stream().anyMatch(BeanValidationMapper::isReturnValue)) {
            LOG.error("A response failed validation", e);
            return ProblemResponses.of(ProblemType.INTERNAL_ERROR, "The service produced an invalid response", uri);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(FieldPath.name(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return ProblemResponses.of(ProblemType.VALIDATION_FAILED,
                errors.size() + " field(s) are invalid", errors, uri);
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }
}
