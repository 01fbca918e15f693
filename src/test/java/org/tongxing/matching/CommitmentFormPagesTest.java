package org.tongxing.matching;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * The new commitment forms as a browser without JavaScript posts them: a family's review without a rating and a
 * cadre's ending without a reason come back with the error summary linked to that form's field; a family consents
 * with its own account; an unknown review kind is a 404 page.
 */
@QuarkusTest
class CommitmentFormPagesTest {

    @Test
    void theFamilysAndTheCadresFormsLinkEachErrorToItsField() {
        MatchingWorld world = new MatchingWorld();
        TestUser tutor = CommitmentLifeTest.volunteerWithPhone(world, "TUTORING", "13800000091");
        long household = world.household();
        long need = world.longTermNeed(household, "TUTORING");
        TestUser family = TestUsers.family(household, world.areas.compound);
        var pair = world.cadre.request().contentType(ContentType.JSON)
                .body(Map.of("needId", need, "volunteerId", tutor.volunteerId())).post("/api/matching/pairings")
                .then().statusCode(201).extract().jsonPath();
        long id = pair.getLong("id");

        page(family).get("/family/helpers").then().statusCode(200).body(containsString("我同意"))
                .body(not(containsString("13800000091")));
        form(family, "/family/helpers/pairings/" + id + "/consent", Map.of("version", pair.getLong("version")))
                .statusCode(303).header("Location", containsString("/family/helpers?done=consented"));
        form(family, "/family/helpers/pairings/" + id + "/reviews/MIDTERM", Map.of("comment", "so far so good"))
                .statusCode(400).contentType(startsWith("text/html"))
                .body(containsString("href=\"#review-pairings-" + id + "-MIDTERM-rating\""))
                .body(containsString("id=\"review-pairings-" + id + "-MIDTERM-rating\""))
                .body(containsString("so far so good"));
        form(family, "/family/helpers/pairings/" + id + "/reviews/SOMETIME", Map.of("rating", 5)).statusCode(404)
                .contentType(startsWith("text/html"));
        form(family, "/family/helpers/pairings/" + id + "/reviews/MIDTERM", Map.of("rating", 4)).statusCode(303);
        form(tutor, "/family/helpers/pairings/" + id + "/reviews/MIDTERM", Map.of("rating", 1)).statusCode(403);

        page(world.cadre).get("/commitments/pairings/" + id).then().statusCode(200).body(containsString("4 分"));
        form(world.cadre, "/commitments/pairings/" + id + "/end", Map.of("reason", " ", "version", 0))
                .statusCode(400).body(containsString("href=\"#end-reason\"")).body(containsString("aria-invalid"));
        form(world.cadre, "/commitments/pairings/" + id + "/reviews/FINAL/family", Map.of("comment", "x"))
                .statusCode(400).body(containsString("href=\"#family-FINAL-rating\""));
    }

    private static ValidatableResponse form(TestUser as, String path, Map<String, Object> fields) {
        String csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(new SecureRandom().generateSeed(32));
        return page(as).contentType(ContentType.URLENC).cookie("tx_csrf", csrf).formParam("_csrf", csrf)
                .formParams(fields).redirects().follow(false).post(path).then();
    }

    private static RequestSpecification page(TestUser as) {
        return as.request().header("Accept-Language", "zh-CN").accept("text/html");
    }
}
