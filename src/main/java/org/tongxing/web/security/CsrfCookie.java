package org.tongxing.web.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every browser a CSRF token in the {@value CsrfToken#COOKIE} cookie: any request without a well-formed
 * one gets a fresh token on its response, whatever the path, method or status, so the first page a visitor
 * opens (or the 403 that tells them to reload) already equips the next form post.
 */
@ApplicationScoped
public class CsrfCookie {

    private static final String TOKEN_KEY = CsrfCookie.class.getName() + ".token";

    /**
     * Observed before {@code HttpLayerProblems} (which keeps the default observer priority), so at the same route
     * order this route runs first and the 413 written there carries the cookie too.
     */
    void install(@Observes @Priority(Interceptor.Priority.APPLICATION) Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::issueIfMissing);
    }

    private void issueIfMissing(RoutingContext ctx) {
        Cookie sent = ctx.request().getCookie(CsrfToken.COOKIE);
        if (sent != null && CsrfTokens.isWellFormed(sent.getValue())) {
            ctx.put(TOKEN_KEY, sent.getValue());
        } else {
            String token = CsrfTokens.generate();
            ctx.put(TOKEN_KEY, token);
            ctx.response().addCookie(Cookie.cookie(CsrfToken.COOKIE, token)
                    .setPath("/")
                    .setSameSite(CookieSameSite.STRICT)
                    // isSSL() follows X-Forwarded-Proto exactly when quarkus.http.proxy.proxy-address-forwarding is on.
                    .setSecure(ctx.request().isSSL()));
        }
        ctx.next();
    }

    static String tokenOf(RoutingContext ctx) {
        return ctx.get(TOKEN_KEY);
    }
}
