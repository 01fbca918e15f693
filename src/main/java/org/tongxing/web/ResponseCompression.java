package org.tongxing.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Quarkus marks every response {@code Content-Encoding: identity} and lifts the mark for a compressible type only on
 * the routes it wraps and on resource methods that return normally, so problems and error pages, which exception
 * mappers write, went out uncompressed. This lifts it from any response whose final type is in
 * {@code quarkus.http.compress-media-types}, the same rule applied once more at the end.
 */
@ApplicationScoped
public class ResponseCompression {

    private final Set<String> compressible;

    ResponseCompression(@ConfigProperty(name = "quarkus.http.compress-media-types") List<String> types) {
        this.compressible = Set.copyOf(types.stream().map(type -> type.strip().toLowerCase(Locale.ROOT)).toList());
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            ctx.addHeadersEndHandler(ignored -> allowIfCompressible(ctx));
            ctx.next();
        });
    }

    private void allowIfCompressible(RoutingContext ctx) {
        MultiMap headers = ctx.response().headers();
        String type = headers.get(HttpHeaders.CONTENT_TYPE);
        if (HttpHeaders.IDENTITY.toString().equals(headers.get(HttpHeaders.CONTENT_ENCODING)) && type != null
                && compressible.contains(type.replaceFirst(";.*", "").strip().toLowerCase(Locale.ROOT))) {
            headers.remove(HttpHeaders.CONTENT_ENCODING);
        }
    }
}
