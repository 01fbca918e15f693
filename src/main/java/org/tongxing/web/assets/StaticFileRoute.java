package org.tongxing.web.assets;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves {@code /static/*}. Under its current fingerprinted name a file is cached for a year and never revalidated;
 * under its plain name, or a fingerprint from another release (a page rendered by an instance not yet upgraded),
 * it must be revalidated on every use, which its ETag makes cheap. Security headers are added as for every response.
 */
@ApplicationScoped
public class StaticFileRoute {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    void install(@Observes Router router) {
        router.routeWithRegex("/static/([^/]+)").method(HttpMethod.GET).method(HttpMethod.HEAD).handler(this::serve);
        // Browsers ask for /favicon.ico on their own, whatever a page links: answer it rather than 404.
        router.route("/favicon.ico").method(HttpMethod.GET).method(HttpMethod.HEAD).handler(this::favicon);
    }

    private void favicon(RoutingContext ctx) {
        StaticFiles.named("favicon.ico").ifPresentOrElse(file -> send(ctx, file, REVALIDATE), ctx::next);
    }

    private void serve(RoutingContext ctx) {
        String requested = ctx.pathParam("param0");
        Optional<Fingerprint.Named> fingerprinted = Fingerprint.parse(requested);
        Optional<StaticFile> file = fingerprinted.flatMap(named -> StaticFiles.named(named.fileName()))
                .or(() -> StaticFiles.named(requested));
        if (file.isEmpty()) {
            ctx.next();
            return;
        }
        boolean current = fingerprinted.isPresent()
                && fingerprinted.get().fingerprint().equals(file.get().fingerprint())
                && !requested.equals(file.get().name());
        send(ctx, file.get(), current ? IMMUTABLE : REVALIDATE);
    }

    private static void send(RoutingContext ctx, StaticFile file, String cacheControl) {
        String etag = "\"" + file.fingerprint() + "\"";
        ctx.response().putHeader("Cache-Control", cacheControl).putHeader("ETag", etag);
        if (etag.equals(ctx.request().getHeader("If-None-Match"))) {
            ctx.response().setStatusCode(304).end();
            return;
        }
        ctx.response().putHeader("Content-Type", file.mediaType()).end(Buffer.buffer(file.content()));
    }
}
