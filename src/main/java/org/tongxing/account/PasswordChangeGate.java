package org.tongxing.account;

import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.tongxing.web.problem.ProblemException;
import org.tongxing.web.problem.ProblemType;

/** An account with a one-time password may only change it (and read who it is) until it has. */
public class PasswordChangeGate {

    private static final Set<String> ALLOWED = Set.of("/api/me", "/api/me/password", "/api/auth/logout");

    @Inject
    CurrentViewer viewer;

    @ServerRequestFilter
    public void requirePasswordChange(ContainerRequestContext request) {
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        if (!path.startsWith("/api/") || ALLOWED.contains(path) || !viewer.present()) {
            return;
        }
        if (viewer.get().mustChangePassword()) {
            throw new ProblemException(ProblemType.PASSWORD_CHANGE_REQUIRED,
                    "Choose a new password with PUT /api/me/password before doing anything else");
        }
    }
}
