package org.tongxing.web.problem;

import java.util.List;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Any other value Jackson could not bind, e.g. one that a record's constructor rejected. */
@Provider
public class JsonMappingMapper implements ExceptionMapper<JsonMappingException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(JsonMappingException e) {
        String field = JsonPaths.of(e);
        return ProblemResponses.of(ProblemType.INVALID_FIELD_TYPE, "The field '" + field + "' has an invalid value",
                List.of(new Problem.FieldError(field, "invalid value")), uri);
    }
}
