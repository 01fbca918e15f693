package org.tongxing.web.request;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestHouseholds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** The NUL character (U+0000), which PostgreSQL text cannot hold, is bad input wherever it comes: never a 500. */
@QuarkusTest
class NulCharactersTest {

    private static final String NUL = "\u0000";

    @Test
    void aUsernameWithNulIsRefusedAtTheSignInApi() {
        problem(given().auth().none().contentType(ContentType.JSON)
                .body(Map.of("username", "a" + NUL + "b", "password", "whatever-it-is")).post("/api/auth/login")
                .then(), "validation-failed", "username");
    }

    @Test
    void aUsernameWithNulIsRefusedAtTheSignInFormInTheReadersLanguage() {
        String csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(new SecureRandom().generateSeed(32));
        given().auth().none().urlEncodingEnabled(false).accept("text/html").header("Accept-Language", "en")
                .contentType(ContentType.URLENC).cookie("tx_csrf", csrf)
                .body("_csrf=" + csrf + "&username=a%00b&password=whatever").post("/login").then().statusCode(400)
                .contentType(containsString("text/html")).body(containsString("lang=\"en\""));
    }

    @Test
    void anHttpBasicUsernameWithNulIsRefused() {
        given().auth().preemptive().basic("a" + NUL + "b", "whatever-it-is").get("/api/me").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("/problems/validation-failed"));
    }

    @Test
    void aSearchWithNulIsRefusedOnTheApiAndTheBoard() {
        problem(given().urlEncodingEnabled(false).get("/api/open-needs?q=%00").then(), "invalid-parameter", "q");
        given().auth().none().urlEncodingEnabled(false).accept("text/html").get("/board?q=%00").then().statusCode(400)
                .contentType(containsString("text/html"));
    }

    @Test
    void aNeedDescriptionWithNulIsRefusedNamingTheField() {
        long household = TestHouseholds.open(TestAreas.create().compound);
        problem(given().contentType(ContentType.JSON).body(Map.of("householdId", household, "category", "COMPANIONSHIP",
                "description", "需要有人" + NUL + "陪伴聊天", "urgency", "LOW")).post("/api/needs").then(),
                "validation-failed", "description");
    }

    /** A form that shows its own errors keeps what was typed, with the NUL marked, and saves nothing. */
    @Test
    void aNeedFormWithNulShowsTheFieldsErrorNextToWhatWasTyped() {
        TestAreas areas = TestAreas.create();
        TestUser family = TestUsers.family(TestHouseholds.open(areas.compound), areas.compound);
        needForm(family, "zh-CN").then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString(">需要有人\uFFFD陪伴聊天，每周一次</textarea>"))
                .body(containsString("id=\"description-error\">含有无法保存的控制字符"))
                .body(containsString("value=\"COMPANIONSHIP\" checked"));
        needForm(family, "en").then().statusCode(400)
                .body(containsString(
                        "id=\"description-error\">This contains a control character that cannot be saved"));
        given().get("/api/needs?areaPrefix=" + areas.compound).then().statusCode(200).body("totalItems", equalTo(0));
    }

    private static Response needForm(TestUser family, String language) {
        String csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(new SecureRandom().generateSeed(32));
        return family.request().header("Accept-Language", language).accept("text/html")
                .contentType(ContentType.URLENC.withCharset("UTF-8")).cookie("tx_csrf", csrf).formParam("_csrf", csrf)
                .formParam("category", "COMPANIONSHIP").formParam("description", "需要有人" + NUL + "陪伴聊天，每周一次")
                .formParam("urgency", "LOW").redirects().follow(false).post("/family/needs");
    }

    @Test
    void aConflictReasonWithNulIsRefused() {
        problem(given().contentType(ContentType.JSON)
                .body(Map.of("volunteerId", 1, "householdId", 1, "reason", "亲属" + NUL))
                .post("/api/matching/conflicts").then(), "validation-failed", "reason");
    }

    private static void problem(ValidatableResponse response, String type, String field) {
        response.statusCode(400).contentType("application/problem+json").body("type", equalTo("/problems/" + type))
                .body("errors[0].field", equalTo(field));
    }
}
