package org.tongxing.web.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.tongxing.web.request.RequestId;

/** Builds problem+json responses; every mapper goes through here so the shape stays the same. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(ProblemType type, String detail, UriInfo uri) {
        return of(type, detail, List.of(), uri);
    }

    public static Response of(ProblemType type, String detail, List<Problem.FieldError> errors, UriInfo uri) {
        // The path only: query strings may carry search text with personal data.
        String instance = uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
        Problem body = new Problem(type.uri(), type.title(), type.status(), detail, instance, RequestId.current(),
                errors);
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .header("Cache-Control", "no-store")
                .entity(body)
                .build();
    }
}
