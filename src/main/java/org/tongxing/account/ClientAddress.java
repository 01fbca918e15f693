package org.tongxing.account;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The caller's address for throttling. Behind a proxy, enable quarkus.http.proxy.proxy-address-forwarding with
 * .trusted-proxies, and let the proxy replace X-Forwarded-For: Vert.x then reports the client's own address here.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(RoutingContext context) {
        return context == null ? "unknown" : of(context.request());
    }

    /** Where a sign-in comes from: this address and the client's device cookie. */
    public static LoginService.Client client(HttpServerRequest request) {
        Cookie device = request == null ? null : request.getCookie(DeviceCookies.COOKIE);
        return new LoginService.Client(of(request), device == null ? null : device.getValue());
    }

    public static String of(HttpServerRequest request) {
        if (request == null || request.remoteAddress() == null) {
            return "unknown";
        }
        return request.remoteAddress().hostAddress();
    }
}
