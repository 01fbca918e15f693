package org.tongxing.web.security;

import java.net.URI;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.tongxing.account.CurrentViewer;
import org.tongxing.account.SessionService;
import org.tongxing.web.problem.ProblemException;
import org.tongxing.web.problem.ProblemType;

/**
 * An account with a one-time password may only change it (and read who it is) until it has: the API refuses
 * everything else, and the pages send the person to the password page.
 */
public class PasswordChangeGate {

    private static final Set<String> ALLOWED = Set.of("/api/me", "/api/me/password", "/api/auth/logout");
    private static final Set<String> PAGES_ALLOWED = Set.of("/me/password", "/logout", "/login");

    @Inject
    CurrentViewer viewer;

    @ServerRequestFilter
    public Response requirePasswordChange(ContainerRequestContext request) {
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        boolean page = !path.startsWith("/api/");
        // Pages are used with the session cookie; without one, asking who is signed in would only force an
        // authentication the endpoint itself may not need (a permitted page called with stray credentials).
        if (page && !request.getCookies().containsKey(SessionService.COOKIE)) {
            return null;
        }
        if (ALLOWED.contains(path) || PAGES_ALLOWED.contains(path) || path.startsWith("/ui/") || path.startsWith("/q/")
                || !viewer.present() || !viewer.get().mustChangePassword()) {
            return null;
        }
        if (page) {
            return Response.seeOther(URI.create("/me/password")).build();
        }
        throw new ProblemException(ProblemType.PASSWORD_CHANGE_REQUIRED,
                "Choose a new password with PUT /api/me/password before doing anything else");
    }
}
