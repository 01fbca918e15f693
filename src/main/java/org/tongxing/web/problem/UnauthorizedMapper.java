package org.tongxing.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.quarkus.security.UnauthorizedException;

/** Not signed in: 401, inviting API clients to use HTTP Basic. */
@Provider
public class UnauthorizedMapper implements ExceptionMapper<UnauthorizedException> {

    static final String CHALLENGE = "Basic realm=\"Tongxing\", charset=\"UTF-8\"";

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(UnauthorizedException e) {
        return Response.fromResponse(ProblemResponses.of(ProblemType.UNAUTHORIZED,
                "Sign in first (session cookie from POST /api/auth/login, or HTTP Basic)", uri))
                .header("WWW-Authenticate", CHALLENGE).build();
    }
}
