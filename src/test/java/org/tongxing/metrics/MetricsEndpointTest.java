package org.tongxing.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Metrics are for the operators' network: on the management port, without sign-in, and never on the public one. */
@QuarkusTest
class MetricsEndpointTest {

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void theManagementPortServesPrometheusTextWithoutSignIn() {
        Response scrape = given().auth().none().accept("text/plain").get(metrics);
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.contentType()).startsWith("text/plain");
        assertThat(scrape.asString()).contains("# TYPE tongxing_claims_total counter",
                "# TYPE tongxing_open_needs gauge",
                "tongxing_login_refusals_total{reason=\"throttled\"", "tongxing_outbox_oldest_pending_age_seconds ",
                "jvm_memory_used_bytes");
    }

    @Test
    void itsAnswersAreHardenedAndNeverStored() {
        Response scrape = given().auth().none().get(metrics);
        assertThat(scrape.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(scrape.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(scrape.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void thePublicPortDoesNotServeThem() {
        given().auth().none().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void healthStaysOnThePublicPortForProbesAndLoadBalancers() {
        given().auth().none().get("/q/health/ready").then().statusCode(200);
    }
}
