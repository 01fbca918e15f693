package org.tongxing.account;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.tongxing.ui.SafeRedirect;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

/** Sign-in and sign-out for people using the pages; works without JavaScript. */
@Path("/")
@PermitAll
public class LoginPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String next, String username, String error, Long retryAfter, String done);
    }

    @Inject
    LoginService login;

    @Inject
    SessionService sessions;

    @Inject
    CurrentViewer viewer;

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form(@QueryParam("next") String next, @QueryParam("done") String done) {
        return Templates.login(SafeRedirect.path(next), "", null, null, done);
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response signIn(@FormParam("username") String username, @FormParam("password") String password,
            @FormParam("next") String next, @Context HttpServerRequest http) {
        String name = username == null ? "" : username.strip();
        try {
            LoginService.SignedIn signedIn = login.signIn(name, password == null ? "" : password,
                    ClientAddress.client(http), http.getHeader("User-Agent"));
            UserAccount account = UserAccount.byUsername(name);
            String target = next != null && !next.isBlank() && !"/".equals(next) ? SafeRedirect.path(next)
                    : StartPages.of(account.role);
            return Response.seeOther(URI.create(target))
                    .cookie(AuthResource.cookies(signedIn, AuthResource.isTls(http)))
                    .build();
        } catch (LoginRefusedException refused) {
            long wait = refused.throttled() ? refused.retryAfter().toSeconds() : 0;
            return Response.status(refused.throttled() ? 429 : 401)
                    .entity(Templates.login(SafeRedirect.path(next), name, refused.throttled() ? "throttled" : "wrong",
                            refused.throttled() ? Math.max(1, wait) : null, null))
                    .build();
        }
    }

    @POST
    @Path("logout")
    @Produces(MediaType.TEXT_HTML)
    public Response signOut(@Context HttpServerRequest http) {
        if (viewer.present() && viewer.get().sessionId() != null) {
            sessions.end(viewer.get().sessionId(), "LOGOUT");
        }
        return Response.seeOther(URI.create("/login")).cookie(SessionCookies.clear(AuthResource.isTls(http))).build();
    }
}
