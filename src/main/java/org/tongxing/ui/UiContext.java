package org.tongxing.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.tongxing.db.DatabaseUnavailable;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * What the layout needs to know about the request, for templates as {@code inject:ui}. Who is signed in is read
 * from the security identity, which every sign-in builds with the account's one role: the page kit knows no feature.
 */
@Named("ui")
@RequestScoped
public class UiContext {

    public static final String TEXT_SIZE_COOKIE = "tx_text";

    @Inject
    SecurityIdentity identity;

    @Inject
    PageLocale locale;

    @Inject
    HttpHeaders headers;

    @Inject
    UriInfo uri;

    /**
     * Whether someone is signed in. A page rendered on the I/O thread (the error page for an address nothing
     * answers) may not resolve the session, which needs the database; it is shown as to a visitor. So is the
     * page that says the database is out of reach.
     */
    public boolean signedIn() {
        if (!BlockingOperationControl.isBlockingAllowed()) {
            return false;
        }
        try {
            return !identity.isAnonymous();
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causes(e)) {
                return false;
            }
            throw e;
        }
    }

    /** The signed-in account's username (sign-in names are unique); null for a visitor. */
    public String username() {
        return signedIn() ? identity.getPrincipal().getName() : null;
    }

    /** The signed-in account's role, as in {@code Roles}; empty for a visitor. */
    public String role() {
        return signedIn() ? identity.getRoles().iterator().next() : "";
    }

    public String lang() {
        return locale.english() ? "en" : "zh-CN";
    }

    /** No errors, for the labelled fields of forms that cannot fail (GET filters). */
    public FormErrors noErrors() {
        return FormErrors.none();
    }

    public boolean largeText() {
        var cookie = headers.getCookies().get(TEXT_SIZE_COOKIE);
        return cookie != null && "large".equals(cookie.getValue());
    }

    /** The current page, to come back to after switching language or text size. */
    public String here() {
        String query = uri.getRequestUri().getRawQuery();
        return "/" + uri.getPath().replaceFirst("^/", "") + (query == null ? "" : "?" + query);
    }

    public String hereEncoded() {
        return URLEncoder.encode(here(), StandardCharsets.UTF_8);
    }
}
