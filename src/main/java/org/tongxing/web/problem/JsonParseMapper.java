package org.tongxing.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonParseException;

@Provider
public class JsonParseMapper implements ExceptionMapper<JsonParseException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(JsonParseException e) {
        return response(e, uri);
    }

    static Response response(JsonParseException e, UriInfo uri) {
        var at = e.getLocation();
        String where = at == null ? "" : " near line " + at.getLineNr() + ", column " + at.getColumnNr();
        return ProblemResponses.of(ProblemType.MALFORMED_JSON, "The body could not be parsed as JSON" + where, uri);
    }
}
