package org.tongxing.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class CsrfFilterTest {

    private static final String PROBE = "/test/csrf-probe";
    private static final String TOKEN = CsrfTokens.generate();

    private static RequestSpecification browserWithToken() {
        return given().cookie(CsrfToken.COOKIE, TOKEN);
    }

    private static void assertRejected(Response response) {
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("/problems/csrf-rejected");
        assertThat(response.jsonPath().getString("title"))
                .isEqualTo("The form expired or did not come from this site; reload the page and try again");
        assertThat(response.asString()).doesNotContain(TOKEN);
    }

    @Test
    void formPostWithoutAnyTokenIsRejected() {
        assertRejected(given().formParam("name", "张三").post(PROBE + "/form"));
    }

    @Test
    void formPostWithAWrongTokenIsRejected() {
        assertRejected(browserWithToken().formParam("name", "张三").formParam("_csrf", CsrfTokens.generate())
                .post(PROBE + "/form"));
    }

    @Test
    void formPostWithTheTokenOnlyInTheCookieIsRejected() {
        assertRejected(browserWithToken().formParam("name", "张三").post(PROBE + "/form"));
    }

    @Test
    void formPostWithTheTokenOnlyInTheFormIsRejected() {
        assertRejected(given().formParam("name", "张三").formParam("_csrf", TOKEN).post(PROBE + "/form"));
    }

    @Test
    void aMalformedCookieIsNotTrustedEvenWhenTheFormEchoesIt() {
        assertRejected(given().cookie(CsrfToken.COOKIE, "chosen-by-attacker").formParam("_csrf", "chosen-by-attacker")
                .post(PROBE + "/form"));
    }

    @Test
    void formPostWithTheMatchingTokenPasses() {
        browserWithToken().formParam("name", "zhang").formParam("_csrf", TOKEN).post(PROBE + "/form")
                .then().statusCode(200).body(equalTo("saved zhang"));
    }

    /** As a browser sends it: UTF-8, percent-encoded, no charset parameter. Reading the form early must not garble it. */
    @Test
    void aBrowserFormKeepsItsChineseTextAfterTheCheck() {
        String name = URLEncoder.encode("张三", StandardCharsets.UTF_8);
        browserWithToken().config(RestAssured.config().encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("application/x-www-form-urlencoded").body("name=" + name + "&_csrf=" + TOKEN)
                .post(PROBE + "/form").then().statusCode(200).body(equalTo("saved 张三"));
    }

    @Test
    void theTokenMayComeInTheHeaderForAFormToo() {
        browserWithToken().header("X-CSRF-Token", TOKEN).formParam("name", "li").post(PROBE + "/form")
                .then().statusCode(200).body(equalTo("saved li"));
    }

    @Test
    void theFormIsReadForAnEndpointThatDeclaresNoFormParameter() {
        browserWithToken().formParam("_csrf", TOKEN).post(PROBE + "/action").then().statusCode(200)
                .body(equalTo("done"));
        assertRejected(browserWithToken().formParam("_csrf", CsrfTokens.generate()).post(PROBE + "/action"));
    }

    @Test
    void multipartFormsNeedTheTokenToo() {
        assertRejected(browserWithToken().multiPart("name", "wang").post(PROBE + "/upload"));
        browserWithToken().multiPart("name", "wang").multiPart("_csrf", TOKEN).post(PROBE + "/upload")
                .then().statusCode(200).body(equalTo("uploaded wang"));
    }

    @Test
    void jsonPutWithTheSessionCookieButNoHeaderIsRejected() {
        assertRejected(browserWithToken().cookie("tx_session", "s").contentType("application/json")
                .body("{\"text\":\"hi\"}").put(PROBE + "/json"));
    }

    @Test
    void jsonPutWithTheSessionCookieAndAWrongHeaderIsRejected() {
        assertRejected(browserWithToken().cookie("tx_session", "s").header("X-CSRF-Token", CsrfTokens.generate())
                .contentType("application/json").body("{\"text\":\"hi\"}").put(PROBE + "/json"));
    }

    @Test
    void jsonPutWithTheSessionCookieAndTheMatchingHeaderPasses() {
        browserWithToken().cookie("tx_session", "s").header("X-CSRF-Token", TOKEN)
                .contentType("application/json").body("{\"text\":\"hi\"}").put(PROBE + "/json")
                .then().statusCode(200).body("text", equalTo("hi"));
    }

    @Test
    void jsonPostFromAnApiClientWithoutASessionCookieNeedsNoToken() {
        given().auth().preemptive().basic("script", "secret").contentType("application/json").body("{\"text\":\"hi\"}")
                .post(PROBE + "/json").then().statusCode(200).body("text", equalTo("hi"));
    }

    @Test
    void safeMethodsNeedNoTokenEvenWithASession() {
        given().cookie("tx_session", "s").get(PROBE + "/token").then().statusCode(200);
    }

    @Test
    void aRequestWithoutTheCookieGetsOneFitForScriptsAndForms() {
        Response response = given().get("/api/areas");

        String setCookie = response.header("Set-Cookie");
        assertThat(setCookie).startsWith("tx_csrf=").contains("Path=/").containsIgnoringCase("SameSite=Strict")
                .doesNotContainIgnoringCase("HttpOnly").doesNotContainIgnoringCase("Secure");
        assertThat(CsrfTokens.isWellFormed(response.cookie("tx_csrf"))).isTrue();
    }

    @Test
    void aRequestWithTheCookieKeepsIt() {
        browserWithToken().get("/api/areas").then().statusCode(200).header("Set-Cookie", nullValue());
    }

    @Test
    void aMalformedCookieIsReplaced() {
        String issued = given().cookie(CsrfToken.COOKIE, "short").get("/api/areas").cookie("tx_csrf");
        assertThat(CsrfTokens.isWellFormed(issued)).isTrue();
    }

    @Test
    void aRejectedPostWithoutTheCookieIssuesOneSoTheRetryCanSucceed() {
        Response response = given().formParam("name", "张三").post(PROBE + "/form");
        assertRejected(response);
        assertThat(CsrfTokens.isWellFormed(response.cookie("tx_csrf"))).isTrue();
    }

    @Test
    void refusalsBeforeAnyResourceIssueTheCookieToo() {
        assertThat(given().get("/no/such/page").cookie("tx_csrf")).isNotNull();
        assertThat(
                given().contentType("application/json").body("[\"" + "x".repeat(1_100_000) + "\"]").post("/api/needs")
                        .cookie("tx_csrf"))
                .isNotNull();
    }

    @Test
    void xForwardedProtoIsIgnoredWhileProxyForwardingIsOff() {
        assertThat(given().header("X-Forwarded-Proto", "https").get("/api/areas").header("Set-Cookie"))
                .doesNotContainIgnoringCase("Secure");
    }

    @Test
    void pagesPutTheTokenBeingIssuedIntoTheirForms() {
        Response response = given().get(PROBE);
        String issued = response.cookie("tx_csrf");
        assertThat(response.asString()).contains("name=\"_csrf\" value=\"" + issued + "\"");
    }

    @Test
    void pagesPutTheBrowsersTokenIntoTheirForms() {
        browserWithToken().get(PROBE + "/token").then().statusCode(200).body(equalTo(TOKEN));
    }
}
