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
 * The HTTP layer refuses a declared body over {@code quarkus.http.limits.max-body-size} before any resource
 * or exception mapper runs, with an empty 413. This check runs first and refuses it in problem+json instead.
 */
@ApplicationScoped
public class HttpLayerProblems {

    private final ObjectMapper json;
    private final long maxBodySize;

    HttpLayerProblems(ObjectMapper json, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.json = json;
        this.maxBodySize = limit.asLongValue();
    }

    /** Keeps the default observer priority: web.security's routes, observed earlier, run first and mark this 413 too. */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseOversizeBodies);
    }

    private void refuseOversizeBodies(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (length == null || !length.chars().allMatch(Character::isDigit) || Long.parseLong(length) <= maxBodySize) {
            ctx.next();
            return;
        }
        ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
        Problem problem = new Problem(type.uri(), type.title(), type.status(),
                "The request body exceeds " + maxBodySize + " bytes", ctx.normalizedPath(),
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
