package org.tongxing.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(CsrfCookieBehindProxyTest.BehindTlsProxy.class)
class CsrfCookieBehindProxyTest {

    public static class BehindTlsProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "tongxing.demo-data.enabled", "false");
        }
    }

    @Test
    void theCookieIsSecureWhenTheProxyReportsTls() {
        assertThat(given().header("X-Forwarded-Proto", "https").get("/api/areas").header("Set-Cookie"))
                .startsWith("tx_csrf=").contains("; Secure");
    }

    @Test
    void theCookieIsNotSecureWhenTheProxyReportsPlainHttp() {
        assertThat(given().header("X-Forwarded-Proto", "http").get("/api/areas").header("Set-Cookie"))
                .startsWith("tx_csrf=").doesNotContainIgnoringCase("Secure");
    }
}
