package org.tongxing.web.problem;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tongxing.web.request.RequestId;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The HTTP layer refuses a declared body over {@code quarkus.http.limits.max-body-size}, and a request line over
 * {@code quarkus.http.limits.max-initial-line-length}, before any resource or exception mapper runs, with an empty
 * 413 or 414 (the latter even without security headers). This check runs first and refuses them in problem+json
 * instead: the line limit is set well above {@value #MAX_URI_LENGTH} characters, the length refused here.
 */
@ApplicationScoped
public class HttpLayerProblems {

    static final int MAX_URI_LENGTH = 8192;

    private final ObjectMapper json;
    private final long maxBodySize;

    HttpLayerProblems(ObjectMapper json, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.json = json;
        this.maxBodySize = limit.asLongValue();
    }

    /** Keeps the default observer priority: web.security's routes, observed earlier, run first and mark this 413 too. */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseOversizeRequests);
    }

    private void refuseOversizeRequests(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (ctx.request().uri().length() > MAX_URI_LENGTH) {
            // The path only, cut short: the query may be the long part, and may carry search text.
            refuse(ctx, ProblemType.URI_TOO_LONG, "The request URI exceeds " + MAX_URI_LENGTH + " characters",
                    ctx.request().path().substring(0, Math.min(200, ctx.request().path().length())));
        } else if (length != null && length.chars().allMatch(Character::isDigit)
                && Long.parseLong(length) > maxBodySize) {
            refuse(ctx, ProblemType.PAYLOAD_TOO_LARGE, "The request body exceeds " + maxBodySize + " bytes",
                    ctx.normalizedPath());
        } else {
            ctx.next();
        }
    }

    private void refuse(RoutingContext ctx, ProblemType type, String detail, String instance) {
        Problem problem = new Problem(type.uri(), type.title(), type.status(), detail, instance,
                ctx.response().headers().get(RequestId.HEADER), List.of());
        try {
            ctx.response().setStatusCode(type.status())
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Cache-Control", "no-store")
                    .putHeader("Connection", "close")
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.next();
        }
    }
}
