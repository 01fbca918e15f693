package org.tongxing.web.security;

import java.util.Locale;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Browser-hardening headers on every response that passes the router: resources, problem responses, 404s for
 * unknown paths, static files and the 413 of {@code HttpLayerProblems}. A route at the very front that sets them
 * when the headers are written covers all of those, and can decide {@code Cache-Control} from the final
 * {@code Content-Type}; {@code quarkus.http.header.*} configuration only matches paths and methods.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /**
     * Swagger UI's page starts itself with an inline script and styles itself inline; it shows no personal data
     * beyond what its user asks the API for, so only there are inline scripts and styles allowed.
     */
    static final String SWAGGER_UI_POLICY = POLICY
            .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
            .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    static final String SWAGGER_UI = "/q/swagger-ui";

    private static final Set<String> STATIC_PREFIXES = Set.of("/static/", "/webjars/");
    private static final Set<String> STATIC_EXTENSIONS = Set.of(
            "css", "js", "mjs", "map", "png", "jpg", "jpeg", "gif", "svg", "ico", "webp", "woff", "woff2");

    /**
     * Vert.x runs routes of equal order in the order they were added, so observing the router event first puts
     * this route ahead of the others at {@code Integer.MIN_VALUE}, {@code HttpLayerProblems} included.
     */
    void install(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) Router router) {
        router.route().order(Integer.MIN_VALUE).handler(SecurityHeaders::harden);
    }

    /** The management interface (metrics, on a port of its own) has its own router; its answers are hardened too. */
    void installOnManagement(@Observes ManagementInterface management) {
        management.router().route().order(Integer.MIN_VALUE).handler(SecurityHeaders::harden);
    }

    private static void harden(RoutingContext ctx) {
        ctx.addHeadersEndHandler(ignored -> apply(ctx));
        ctx.next();
    }

    private static void apply(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        MultiMap headers = ctx.response().headers();
        headers.set("Content-Security-Policy", contentSecurityPolicy(path));
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        // same-origin, not no-referrer: paths name case files, so other sites get nothing, while our own
        // POSTs keep a real Origin header (no-referrer makes browsers send "Origin: null" on them).
        headers.set("Referrer-Policy", "same-origin");
        headers.set("Permissions-Policy", "camera=(), microphone=(), payment=()");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        if (!mayBeCached(path, headers.get("Content-Type"))) {
            headers.set("Cache-Control", "no-store");
        }
    }

    static String contentSecurityPolicy(String path) {
        return path.equals(SWAGGER_UI) || path.startsWith(SWAGGER_UI + "/") ? SWAGGER_UI_POLICY : POLICY;
    }

    /**
     * Case files concern minors and health, so nothing is kept by browsers or proxies unless it is plainly a
     * static asset: never the API, never a page, and by default nothing else either (exports, OpenAPI, health).
     */
    static boolean mayBeCached(String path, String contentType) {
        if (path.equals("/api") || path.startsWith("/api/")
                || (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/html"))) {
            return false;
        }
        return STATIC_PREFIXES.stream().anyMatch(path::startsWith) || STATIC_EXTENSIONS.contains(extension(path));
    }

    private static String extension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
