package org.tongxing.web.problem;

import java.util.List;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Structurally wrong input: an object where a list belongs, a string where an object belongs, no body. */
@Provider
public class MismatchedInputMapper implements ExceptionMapper<MismatchedInputException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(MismatchedInputException e) {
        String field = JsonPaths.of(e);
        String message = InvalidFormatMapper.describe(e.getTargetType());
        return ProblemResponses.of(ProblemType.INVALID_FIELD_TYPE, "The field '" + field + "' " + message,
                List.of(new Problem.FieldError(field, message)), uri);
    }
}
