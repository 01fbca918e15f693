package org.tongxing.privacy;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.tongxing.support.TestHouseholds;

import io.restassured.http.ContentType;

/**
 * What the visit and programme rows of the access matrix act on, made once per AccessFixture (as the
 * administrator): household A's QR code, a second household whose code may be revoked, and programme P in A's
 * street, led by the own organisation, with an open mid-term evaluation whose evaluator is the own cadre.
 */
final class VisitAccessFixture {

    private static final Map<AccessFixture, VisitAccessFixture> MADE = new WeakHashMap<>();

    private final AccessFixture f;
    final long revocable;
    final long programme;
    final long round;

    private VisitAccessFixture(AccessFixture f) {
        this.f = f;
        issueCode(f.householdA);
        revocable = TestHouseholds.open(f.own.compound);
        programme = newProgramme();
        round = given().auth().preemptive().basic("admin", org.tongxing.support.SignedInAsAdmin.PASSWORD)
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "MID_TERM", "evaluatorId", f.people.get("CADRE_OWN").id()))
                .post("/api/programmes/" + programme + "/evaluations").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    static synchronized VisitAccessFixture of(AccessFixture f) {
        return MADE.computeIfAbsent(f, VisitAccessFixture::new);
    }

    /** The token of household A's current code, as its QR image carries it. */
    String tokenOfA() {
        String url = given().get("/api/households/" + f.householdA + "/visit-code").then().statusCode(200)
                .extract().jsonPath().getString("url");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** The household whose code a row revokes, with a fresh code each time. */
    long revocableWithCode() {
        issueCode(revocable);
        return revocable;
    }

    long freshHousehold() {
        return TestHouseholds.open(f.own.compound);
    }

    /** A member of P that a row may remove. */
    long freshMember() {
        long household = freshHousehold();
        given().contentType(ContentType.JSON).body(Map.of("householdId", household))
                .post("/api/programmes/" + programme + "/households").then().statusCode(201);
        return household;
    }

    long newProgramme() {
        return given().contentType(ContentType.JSON).body(programmeBody()).post("/api/programmes").then()
                .statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    Map<String, Object> programmeBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "矩阵项目");
        body.put("areaCode", f.own.street);
        body.put("leadOrganisationId", f.people.get("ORG_OWN").organisationId());
        body.put("startsOn", LocalDate.now().minusMonths(1).toString());
        body.put("endsOn", LocalDate.now().plusMonths(11).toString());
        body.put("goals", List.of(Map.of("metric", "VISITS", "target", 10)));
        body.put("rubric", List.of(Map.of("name", "服务完成度", "weight", 1, "maxScore", 10)));
        return body;
    }

    private static void issueCode(long household) {
        given().contentType(ContentType.JSON).post("/api/households/" + household + "/visit-code").then()
                .statusCode(201);
    }
}
