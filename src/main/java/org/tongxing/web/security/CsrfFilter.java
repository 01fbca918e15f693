package org.tongxing.web.security;

import java.util.Set;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Double-submit CSRF check. A request must echo the {@value CsrfToken#COOKIE} cookie in the
 * {@value CsrfToken#HEADER} header or the {@value CsrfToken#FORM_FIELD} form field when it changes state and
 * a browser could have been tricked into sending it: it carries the session cookie, or its body is a form
 * (which any site can post, even to a visitor without a session: login CSRF). Scripts calling the JSON API
 * with HTTP Basic and no session cookie are not browsers acting on someone's behalf and need no token.
 */
public class CsrfFilter {

    /** Set by the login code; its presence alone makes the request cookie-authenticated. */
    static final String SESSION_COOKIE = "tx_session";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /**
     * RESTEasy Reactive parses a form only after the request filters, even for endpoints with form parameters, so
     * without {@link WithFormRead} the token field is never seen (and every form is refused). With it the form is
     * parsed first for every endpoint, including those declaring no form parameter, such as a bare action POST.
     */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    @WithFormRead
    public void verify(ResteasyReactiveContainerRequestContext request) {
        boolean cookieAuthenticated = request.getCookies().containsKey(SESSION_COOKIE);
        if (!requiresToken(request.getMethod(), cookieAuthenticated, request.getMediaType())) {
            return;
        }
        Cookie cookie = request.getCookies().get(CsrfToken.COOKIE);
        if (cookie == null || !CsrfTokens.isWellFormed(cookie.getValue())) {
            throw new CsrfRejected("The request carries no " + CsrfToken.COOKIE + " cookie; this page issues one");
        }
        String submitted = submittedToken(request);
        if (submitted == null) {
            throw new CsrfRejected("The request carries no CSRF token in the " + CsrfToken.FORM_FIELD
                    + " form field or the " + CsrfToken.HEADER + " header");
        }
        if (!CsrfTokens.matches(cookie.getValue(), submitted)) {
            throw new CsrfRejected("The CSRF token does not match the " + CsrfToken.COOKIE + " cookie");
        }
    }

    static boolean requiresToken(String method, boolean cookieAuthenticated, MediaType body) {
        return !SAFE_METHODS.contains(method) && (cookieAuthenticated || isForm(body));
    }

    static boolean isForm(MediaType type) {
        return type != null && (sameType(type, MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || sameType(type, MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    /** Type and subtype only, so {@code charset} and {@code boundary} parameters do not matter. */
    private static boolean sameType(MediaType type, MediaType expected) {
        return type.getType().equalsIgnoreCase(expected.getType())
                && type.getSubtype().equalsIgnoreCase(expected.getSubtype());
    }

    private static String submittedToken(ResteasyReactiveContainerRequestContext request) {
        String header = request.getHeaderString(CsrfToken.HEADER);
        if (header != null || !isForm(request.getMediaType())) {
            return header;
        }
        var context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        return (String) context.getFormParameter(CsrfToken.FORM_FIELD, true, false);
    }
}
