package org.tongxing.web.request;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request its id before anything else can answer it (the 413 of {@code HttpLayerProblems} included):
 * in the response header and in the logging MDC. Quarkus keeps the MDC in the request's own Vert.x context, so
 * the id follows the request onto worker threads and never leaks into another request.
 */
@ApplicationScoped
public class RequestIdRoute {

    /** After web.security's header route (PLATFORM_BEFORE), before the CSRF cookie and the body-size check. */
    void install(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) Router router) {
        router.route().order(Integer.MIN_VALUE).handler(RequestIdRoute::tag);
    }

    private static void tag(RoutingContext ctx) {
        String id = RequestId.acceptOrCreate(ctx.request().getHeader(RequestId.HEADER));
        MDC.put(RequestId.MDC_KEY, id);
        ctx.response().putHeader(RequestId.HEADER, id);
        ctx.next();
    }
}
