package org.tongxing.web.pages;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestNeeds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Failures on page paths are friendly HTML pages in the reader's language: never JSON, never a stack trace. */
@QuarkusTest
class ErrorPagesTest {

    @Test
    void anUnknownPageIsAFriendly404() {
        page(given().auth().none(), "zh-CN").get("/no/such/page").then().statusCode(404)
                .contentType(startsWith("text/html")).body(containsString("<h1>页面未找到</h1>"));
    }

    @Test
    void aPageOfAnotherRoleIsAFriendly403() {
        TestUser volunteer = TestUsers.volunteer(TestAreas.create().compound, "TUTORING");
        page(volunteer.request(), "en-GB").get("/admin/users").then().statusCode(403)
                .contentType(startsWith("text/html")).body(containsString("<h1>Not allowed</h1>"))
                .body(not(containsString("\"type\"")));
    }

    @Test
    void aStaleFormIsAFriendly409() {
        TestAreas areas = TestAreas.create();
        long need = TestNeeds.publicNeed(areas.compound, "TUTORING", "LOW", TestNeeds.marker());
        TestUser volunteer = TestUsers.volunteer(areas.compound, "TUTORING");
        TestUser worker = TestUsers.worker(areas.community);
        long claim = volunteer.request().contentType(ContentType.JSON).body(TestNeeds.claimBody())
                .post("/api/needs/" + need + "/claims").then().statusCode(201).extract().jsonPath().getLong("id");
        worker.request().contentType(ContentType.JSON).body(Map.of("version", 0))
                .post("/api/claims/" + claim + "/acceptance").then().statusCode(200);
        // The same accept button, pressed again on a page loaded before the first press.
        String csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(new SecureRandom().generateSeed(32));
        page(worker.request(), "zh-CN").contentType(ContentType.URLENC).cookie("tx_csrf", csrf)
                .formParam("_csrf", csrf).formParam("version", 0)
                .post("/worker/claims/" + claim + "/acceptance").then().statusCode(409)
                .contentType(startsWith("text/html")).body(containsString("<h1>操作冲突</h1>"));
    }

    @Test
    void aBugIsAFriendly500WithAnIncidentNumberAndNoDetail() {
        page(given().auth().none(), "en-GB").get("/test-support/failing-page").then().statusCode(500)
                .contentType(startsWith("text/html")).body(containsString("<h1>Something went wrong</h1>"))
                .body(matchesPattern("(?s).*Incident number: <code>[0-9a-f-]{36}</code>.*"))
                .body(not(containsString("IllegalStateException"))).body(not(containsString("must stay in the log")))
                .body(not(containsString("at org.")));
    }

    private static RequestSpecification page(RequestSpecification request, String language) {
        return request.header("Accept-Language", language).accept("text/html");
    }
}
