package org.tongxing.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Headers;
import io.restassured.response.Response;

@QuarkusTest
class SecurityHeadersTest {

    private static final String STRICT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static Headers hardened(Response response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        Headers headers = response.headers();
        assertThat(headers.getValue("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getValue("X-Frame-Options")).isEqualTo("DENY");
        assertThat(headers.getValue("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(headers.getValue("Permissions-Policy")).contains("camera=()", "microphone=()", "payment=()");
        assertThat(headers.getValue("Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
        assertThat(headers.getValue("Content-Security-Policy")).contains("frame-ancestors 'none'");
        return headers;
    }

    private static void strictAndUncached(Response response, int status) {
        Headers headers = hardened(response, status);
        assertThat(headers.getValue("Content-Security-Policy")).isEqualTo(STRICT_POLICY);
        assertThat(headers.getValues("Cache-Control")).containsExactly("no-store");
    }

    @Test
    void anApiAnswerIsHardenedAndNotStored() {
        strictAndUncached(given().get("/api/areas"), 200);
    }

    @Test
    void anApiProblemIsHardenedAndNotStored() {
        strictAndUncached(given().get("/api/needs/987654321"), 404);
    }

    @Test
    void anUnknownPathIsHardenedAndNotStored() {
        strictAndUncached(given().get("/no/such/page"), 404);
    }

    @Test
    void theOversizeBodyRefusalIsHardenedAndNotStored() {
        strictAndUncached(
                given().contentType("application/json").body("{\"description\":\"" + "x".repeat(1_100_000) + "\"}")
                        .post("/api/needs"),
                413);
    }

    @Test
    void aCsrfRejectionIsHardenedAndNotStored() {
        strictAndUncached(given().formParam("name", "x").post("/test/csrf-probe/form"), 403);
    }

    @Test
    void aPageIsHardenedAndNotStored() {
        Response page = given().get("/problems");
        assertThat(page.contentType()).startsWith("text/html");
        strictAndUncached(page, 200);
    }

    @Test
    void swaggerUiAloneMayRunInlineScriptsAndStyles() {
        Response ui = given().get("/q/swagger-ui/");
        String policy = hardened(ui, 200).getValue("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self' 'unsafe-inline'", "style-src 'self' 'unsafe-inline'",
                "object-src 'none'", "form-action 'self'");
        assertThat(ui.header("Cache-Control")).isEqualTo("no-store");
        assertThat(ui.asString()).as("the inline script that needs the exception").containsPattern("<script>\\s*\\S");
    }

    @Test
    void aStaticAssetIsHardenedButMayBeCached() {
        Response asset = given().get("/static/tongxing.css");
        Headers headers = hardened(asset, 200);
        assertThat(headers.getValue("Content-Security-Policy")).isEqualTo(STRICT_POLICY);
        assertThat(headers.getValues("Cache-Control")).noneMatch(value -> value.contains("no-store"));
    }
}
