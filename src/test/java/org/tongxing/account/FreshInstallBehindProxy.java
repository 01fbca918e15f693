package org.tongxing.account;

import java.util.Map;

import org.tongxing.support.SignedInAsAdmin;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A first start against an empty database (no demo data), with the first administrator's password configured,
 * behind a proxy that reports each client's address. The sign-in tests run here so that every test can fail
 * sign-ins from addresses of its own: the failures then throttle neither each other nor the administrator the
 * tests act as (who calls from 127.0.0.1), as they would in the shared database of the other tests.
 */
public class FreshInstallBehindProxy implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("tongxing.demo-data.enabled", "false",
                // The password the tests' administrator signs in with (SignedInAsAdmin).
                "tongxing.admin.initial-password", SignedInAsAdmin.PASSWORD,
                "quarkus.http.proxy.proxy-address-forwarding", "true");
    }
}
