package org.tongxing.account;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;

/**
 * Browser sign-in with a server-side session cookie. API clients may instead send HTTP Basic credentials
 * with each request; both paths share the same throttling.
 */
@Path("/api/auth")
@Tag(name = "Accounts")
public class AuthResource {

    @Inject
    LoginService login;

    @Inject
    SessionService sessions;

    @Inject
    CurrentViewer viewer;

    @POST
    @Path("/login")
    @PermitAll
    @Operation(summary = "Sign in; sets the session cookie",
            description = "Throttled after OWASP: after 5 failures in 15 minutes of an account from one address (or from"
                    + " one device that signed in before: the tongxing_device cookie this sets), 20 from one address,"
                    + " or 10 of the account from anywhere (then at most a minute between attempts per address):"
                    + " 429 with Retry-After")
    public Response signIn(@NotNull @Valid LoginRequest request, @Context HttpServerRequest http) {
        LoginService.SignedIn signedIn = login.signIn(request.username(), request.password(),
                ClientAddress.client(http), http.getHeader("User-Agent"));
        AccountView account = AccountView.from(UserAccount.byUsername(request.username()));
        return Response.ok(account).cookie(cookies(signedIn, isTls(http))).build();
    }

    @POST
    @Path("/logout")
    @Authenticated
    @Operation(summary = "Sign out: ends this session on the server, so copies of its cookie stop working too")
    public Response signOut(@Context HttpServerRequest http) {
        Long session = viewer.get().sessionId();
        if (session != null) {
            sessions.end(session, "LOGOUT");
        }
        return Response.noContent().cookie(SessionCookies.clear(isTls(http))).build();
    }

    /** The session cookie and the device cookie that lets this browser keep signing in while others are throttled. */
    static NewCookie[] cookies(LoginService.SignedIn signedIn, boolean tls) {
        return new NewCookie[] {SessionCookies.issue(signedIn.session().token(), signedIn.session().expiresAt(), tls),
                DeviceCookies.issue(signedIn.deviceToken(), tls)};
    }

    static boolean isTls(HttpServerRequest http) {
        return "https".equalsIgnoreCase(http.scheme());
    }
}
