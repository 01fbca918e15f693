package org.tongxing.web.problem;

import java.util.List;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** A misspelt field would otherwise be dropped silently and the caller's data lost. */
@Provider
public class UnknownFieldMapper implements ExceptionMapper<UnrecognizedPropertyException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(UnrecognizedPropertyException e) {
        String field = JsonPaths.of(e);
        return ProblemResponses.of(ProblemType.UNKNOWN_FIELD, "The field '" + field + "' is not accepted here",
                List.of(new Problem.FieldError(field, "unknown field")), uri);
    }
}
