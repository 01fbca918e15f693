package org.tongxing.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.tongxing.account.LoginRefusedException;

/** A refused sign-in at the login endpoint itself (HTTP Basic refusals arrive wrapped, see AuthenticationFailedMapper). */
@Provider
public class LoginRefusedMapper implements ExceptionMapper<LoginRefusedException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(LoginRefusedException e) {
        return AuthenticationFailedMapper.response(e, uri);
    }
}
