package org.tongxing.web.problem;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.tongxing.ui.PageLocale;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * People using the pages get a friendly page in their language instead of problem+json: the same mappers
 * decide status and type, and this turns the result into HTML for any path outside /api and /q when the client
 * asks for HTML, as browsers do for every page and form. Someone not signed in is sent to the sign-in page and
 * brought back afterwards. Scripts (accepting JSON or anything at all) keep getting problem+json.
 */
public class ErrorPageFilter {

    private static final Pattern INCIDENT = Pattern.compile("incident ([0-9a-f-]{36})");

    @CheckedTemplate(basePath = "ErrorPages")
    static class Templates {
        static native TemplateInstance error(int status, String type, String incident);
    }

    @Inject
    PageLocale locale;

    @ServerResponseFilter(priority = 100)
    public void toPage(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem) || !isPage(request.getUriInfo().getPath())
                || !wantsHtml(request.getHeaderString("Accept"))) {
            return;
        }
        if (problem.status() == 401) {
            response.setStatus(303);
            response.getHeaders().putSingle("Location", URI.create("/login?next=" + path(request)));
            response.setEntity(null);
            return;
        }
        String slug = problem.type().substring(Problem.TYPE_PREFIX.length());
        // Filters run after the template step, so the page is rendered here, in the reader's language.
        String page = Templates.error(problem.status(), slug, incident(problem.detail())).setLocale(locale.get())
                .render();
        response.setEntity(page, null, MediaType.TEXT_HTML_TYPE);
        response.getHeaders().putSingle("Content-Type", MediaType.TEXT_HTML + ";charset=UTF-8");
    }

    static boolean isPage(String path) {
        String p = "/" + path.replaceFirst("^/", "");
        return !p.startsWith("/api/") && !p.equals("/api") && !p.startsWith("/q/");
    }

    static boolean wantsHtml(String accept) {
        String types = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        return types.contains("text/html") || types.contains("application/xhtml+xml");
    }

    private static String path(ContainerRequestContext request) {
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "") + (query == null ? "" : "?" + query);
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    private static String incident(String detail) {
        Matcher m = detail == null ? null : INCIDENT.matcher(detail);
        return m != null && m.find() ? m.group(1) : null;
    }
}
