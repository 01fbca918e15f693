package org.tongxing.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.vertx.ext.web.RoutingContext;

/**
 * This request's CSRF token, for pages that post forms:
 * {@code <input type="hidden" name="{inject:csrf.fieldName}" value="{inject:csrf.token}">}.
 * It is the value the browser holds (or is being given) in the {@value #COOKIE} cookie, so the form
 * field and the cookie match when the form comes back.
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    /** Readable by page scripts (not HttpOnly) so they can copy it into {@value #HEADER}. */
    public static final String COOKIE = "tx_csrf";
    public static final String FORM_FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";

    @Inject
    RoutingContext routing;

    public String token() {
        return CsrfCookie.tokenOf(routing);
    }

    public String fieldName() {
        return FORM_FIELD;
    }
}
