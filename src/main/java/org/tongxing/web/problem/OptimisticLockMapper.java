package org.tongxing.web.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Two writers raced on the same row and this one lost: 409, the caller reloads and retries. */
@Provider
public class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(OptimisticLockException e) {
        return response(uri);
    }

    static Response response(UriInfo uri) {
        return ProblemResponses.of(ProblemType.CONCURRENT_UPDATE,
                "Someone else changed this record at the same time; reload it and apply your change again", uri);
    }
}
