package org.tongxing.web.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.tongxing.account.CurrentViewer;
import org.tongxing.account.Viewer;
import org.tongxing.db.DatabaseUnavailable;

import io.quarkus.runtime.BlockingOperationControl;

/** What the layout needs to know about the request, for templates as {@code inject:ui}. */
@Named("ui")
@RequestScoped
public class UiContext {

    public static final String TEXT_SIZE_COOKIE = "tx_text";

    @Inject
    CurrentViewer viewer;

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
            return viewer.present();
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causes(e)) {
                return false;
            }
            throw e;
        }
    }

    public Viewer viewer() {
        return signedIn() ? viewer.get() : null;
    }

    public String role() {
        return signedIn() ? viewer.get().role().name() : "";
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
