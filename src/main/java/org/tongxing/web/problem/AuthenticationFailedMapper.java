package org.tongxing.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.tongxing.account.LoginRefusedException;
import org.tongxing.common.Causes;

import io.quarkus.security.AuthenticationFailedException;

/** Wrong credentials: 401; too many recent failures: 429 with Retry-After; no database to check them: 503. */
@Provider
public class AuthenticationFailedMapper implements ExceptionMapper<AuthenticationFailedException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(AuthenticationFailedException e) {
        if (DatabaseUnavailableProblem.matches(e)) {
            return DatabaseUnavailableProblem.response(e, uri);
        }
        return response(find(e), uri);
    }

    static Response response(LoginRefusedException refusal, UriInfo uri) {
        if (refusal != null && refusal.throttled()) {
            long seconds = Math.max(1, refusal.retryAfterSeconds());
            return Response.fromResponse(ProblemResponses.of(ProblemType.TOO_MANY_REQUESTS, refusal.getMessage(), uri))
                    .header("Retry-After", seconds).build();
        }
        return Response.fromResponse(ProblemResponses.of(ProblemType.UNAUTHORIZED, "Wrong username or password", uri))
                .header("WWW-Authenticate", UnauthorizedMapper.CHALLENGE).build();
    }

    private static LoginRefusedException find(Throwable e) {
        return Causes.find(e, LoginRefusedException.class).orElse(null);
    }
}
