package org.tongxing.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.tongxing.common.DomainException;

/** A feature refused: the problem {@link DomainProblems} gives that kind of refusal. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(DomainException e) {
        return DomainProblems.response(e, uri);
    }
}
