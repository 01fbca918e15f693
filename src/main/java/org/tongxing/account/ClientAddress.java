package org.tongxing.account;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/** The caller's address for throttling; behind a proxy, enable quarkus.http.proxy.proxy-address-forwarding. */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(RoutingContext context) {
        return context == null ? "unknown" : of(context.request());
    }

    public static String of(HttpServerRequest request) {
        if (request == null || request.remoteAddress() == null) {
            return "unknown";
        }
        return request.remoteAddress().hostAddress();
    }
}
