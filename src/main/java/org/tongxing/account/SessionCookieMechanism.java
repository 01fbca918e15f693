package org.tongxing.account;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.tongxing.db.DatabaseUnavailable;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * Signs in browsers by their session cookie. Without the cookie, or with a dead session, it yields no
 * identity and HTTP Basic (for API clients) gets its turn.
 */
@ApplicationScoped
public class SessionCookieMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(SessionCookieMechanism.class);

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        Cookie cookie = context.request().getCookie(SessionService.COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            return Uni.createFrom().nullItem();
        }
        SessionTokenRequest request = new SessionTokenRequest(cookie.getValue());
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        // A dead session makes the caller anonymous; a database out of reach must not (that would answer 401 or
        // send a signed-in person to the sign-in page), so that failure travels on and is answered 503.
        return identities.authenticate(request).onFailure(failure -> !DatabaseUnavailable.causes(failure))
                .recoverWithItem(failure -> {
                    // Not a dead session (that yields no identity without failing): say so, then treat as signed out.
                    LOG.warnf(failure, "A session could not be resolved; the request is treated as signed out");
                    return null;
                });
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        // Unauthenticated requests are answered by the exception mappers (401 problem or a redirect to the login page).
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionTokenRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom()
                .item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE, SessionService.COOKIE));
    }
}
