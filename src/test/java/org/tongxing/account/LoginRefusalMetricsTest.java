package org.tongxing.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.tongxing.support.Metrics;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Refused sign-ins on /q/metrics, told apart by why: the form and HTTP Basic alike. */
@QuarkusTest
@TestProfile(FreshInstallBehindProxy.class)
class LoginRefusalMetricsTest {

    private static final String WRONG = "Wrong-password-0000";

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    private double refusals(String reason) {
        return Metrics.scrape(metrics).value("tongxing_login_refusals_total", "reason", reason);
    }

    @Test
    void wrongPasswordsAndThrottledAttemptsAreCountedApart() {
        String username = TestAccounts.worker().username();
        SignInClient client = SignInClient.somewhere();
        double wrongBefore = refusals("wrong_credentials");
        double throttledBefore = refusals("throttled");

        for (int i = 0; i < 4; i++) {
            client.login(username, WRONG).then().statusCode(401);
        }
        client.basic(username, WRONG).then().statusCode(401);
        client.login(username, TestAccounts.PASSWORD).then().statusCode(429);
        client.basic(username, TestAccounts.PASSWORD).then().statusCode(429);

        assertThat(refusals("wrong_credentials") - wrongBefore).isEqualTo(5);
        assertThat(refusals("throttled") - throttledBefore).isEqualTo(2);
    }
}
