package org.tongxing.web.problem;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonParseException;

/**
 * The framework's own HTTP errors (unknown path, wrong method, wrong media type) in problem form; also
 * unwraps the failures it reports too vaguely (a body that is not JSON, a query parameter of the wrong type).
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
        if (e.getCause() instanceof JsonParseException parse) {
            return JsonParseMapper.response(parse, uri);
        }
        if (e instanceof NotFoundException notFound) {
            var badParameter = ParameterConversion.explain(notFound, uri);
            if (badParameter.isPresent()) {
                return DomainProblems.response(badParameter.get(), uri);
            }
        }
        ProblemType type = switch (e.getResponse().getStatus()) {
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ProblemType.SERVICE_UNAVAILABLE;
            default -> e.getResponse().getStatus() >= 500 ? ProblemType.INTERNAL_ERROR : ProblemType.BAD_REQUEST;
        };
        if (type == ProblemType.INTERNAL_ERROR) {
            return ServerErrorMapper.logged(e, uri);
        }
        return ProblemResponses.of(type, type.title(), uri);
    }
}
