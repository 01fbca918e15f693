package org.tongxing.account;

import io.vertx.ext.web.RoutingContext;

/** The caller's address for throttling; behind a proxy, enable quarkus.http.proxy.proxy-address-forwarding. */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(RoutingContext context) {
        if (context == null || context.request().remoteAddress() == null) {
            return "unknown";
        }
        return context.request().remoteAddress().hostAddress();
    }
}
