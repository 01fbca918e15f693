package org.tongxing.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.quarkus.security.ForbiddenException;

/** Signed in, but the role does not allow this operation. */
@Provider
public class ForbiddenMapper implements ExceptionMapper<ForbiddenException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ForbiddenException e) {
        return ProblemResponses.of(ProblemType.FORBIDDEN, "Your role does not allow this", uri);
    }
}
