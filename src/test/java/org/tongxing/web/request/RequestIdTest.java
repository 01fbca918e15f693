package org.tongxing.web.request;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The id a request is known by: echoed, in every problem body, and on its log lines. */
@QuarkusTest
class RequestIdTest {

    @Test
    void aCallersIdIsEchoed() {
        given().header(RequestId.HEADER, "client-7f3a").get("/api/areas").then().statusCode(200)
                .header(RequestId.HEADER, "client-7f3a");
    }

    @Test
    void everyResponseWithoutOneGetsAFreshId() {
        String first = given().get("/api/areas").then().statusCode(200).extract().header(RequestId.HEADER);
        String second = given().get("/no/such/page").then().statusCode(404).extract().header(RequestId.HEADER);
        assertThat(first).matches("[0-9a-f-]{36}");
        assertThat(second).matches("[0-9a-f-]{36}").isNotEqualTo(first);
    }

    @Test
    void aMalformedIdIsNotEchoed() {
        String echoed = given().header(RequestId.HEADER, "<img src=x>").get("/api/areas").then().statusCode(200)
                .extract().header(RequestId.HEADER);
        assertThat(echoed).matches("[0-9a-f-]{36}");
    }

    @Test
    void aProblemNamesItsRequestAndKeepsItsPathAsInstance() {
        given().header(RequestId.HEADER, "lookup-404").get("/api/needs/987654321").then().statusCode(404)
                .header(RequestId.HEADER, "lookup-404")
                .body("requestId", equalTo("lookup-404")).body("instance", equalTo("/api/needs/987654321"));
    }

    @Test
    void refusalsBeforeAnyResourceNameTheirRequestToo() {
        given().header(RequestId.HEADER, "too-big").contentType("application/json")
                .body("{\"description\":\"" + "x".repeat(1_100_000) + "\"}").post("/api/needs").then().statusCode(413)
                .body("requestId", equalTo("too-big"));
        given().auth().none().header(RequestId.HEADER, "who-are-you").get("/api/households").then().statusCode(401)
                .body("requestId", equalTo("who-are-you"));
        given().header(RequestId.HEADER, "no-token").formParam("name", "x").post("/test/csrf-probe/form").then()
                .statusCode(403).body("requestId", equalTo("no-token"));
    }

    @Test
    void anUnexpectedFailureIsLoggedUnderTheRequestId() throws IOException {
        Response failure = given().accept("*/*").header(RequestId.HEADER, "incident-trail-1")
                .get("/test-support/failing-page");
        assertThat(failure.statusCode()).isEqualTo(500);
        assertThat(failure.jsonPath().getString("requestId")).isEqualTo("incident-trail-1");
        String log = Files.readString(Path.of("target/tongxing-test.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("[incident-trail-1] ");
    }
}
