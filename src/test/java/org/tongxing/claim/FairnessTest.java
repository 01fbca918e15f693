package org.tongxing.claim;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestNeeds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** A volunteer may hold five open claims; after ten claims at least half must have been completed. */
@QuarkusTest
class FairnessTest {

    @Test
    void theSixthOpenClaimIsRefusedAndTheBoardSaysWhy() {
        TestAreas areas = TestAreas.create();
        TestUser volunteer = TestUsers.volunteer(areas.compound, "TUTORING");
        for (int i = 0; i < 5; i++) {
            claim(volunteer, TestNeeds.publicNeed(areas.compound, "TUTORING")).then().statusCode(201);
        }
        long sixth = TestNeeds.publicNeed(areas.compound, "TUTORING");
        claim(volunteer, sixth).then().statusCode(409).body("type", equalTo("/problems/claim-limit-reached"));
        volunteer.request().queryParam("areaPrefix", areas.district).get("/api/open-needs").then().statusCode(200)
                .body("standing.openClaims", equalTo(5)).body("standing.openLimit", equalTo(5))
                .body("standing.mayClaim", equalTo(false)).body("standing.refusal", equalTo("claim-limit-reached"))
                .body("items.find { it.need.id == " + sixth + " }.claimable", equalTo(false))
                .body("items.find { it.need.id == " + sixth + " }.whyNot", equalTo("claim-limit-reached"));
    }

    @Test
    void afterTenClaimsFewerThanHalfCompletedBlocksFurtherClaims() {
        TestAreas areas = TestAreas.create();
        TestUser volunteer = TestUsers.volunteer(areas.compound, "TUTORING");
        for (int i = 0; i < 10; i++) {
            long claim = claim(volunteer, TestNeeds.publicNeed(areas.compound, "TUTORING")).then().statusCode(201)
                    .extract().jsonPath().getLong("id");
            volunteer.request().contentType(ContentType.JSON).body(Map.of("reason", "时间冲突", "version", 0))
                    .post("/api/claims/" + claim + "/release").then().statusCode(200);
        }
        claim(volunteer, TestNeeds.publicNeed(areas.compound, "TUTORING")).then().statusCode(409)
                .body("type", equalTo("/problems/completion-ratio-too-low"))
                .body("detail", equalTo(
                        "Only 0 of your 10 finished claims were completed; at least 50% are needed to claim more"));
        volunteer.request().get("/api/open-needs").then()
                .body("standing.completionRatio", equalTo(0.0f))
                .body("standing.refusal", equalTo("completion-ratio-too-low"));
    }

    @Test
    void nineClaimsDoNotYetCountTheRatio() {
        TestAreas areas = TestAreas.create();
        TestUser volunteer = TestUsers.volunteer(areas.compound, "TUTORING");
        for (int i = 0; i < 9; i++) {
            long claim = claim(volunteer, TestNeeds.publicNeed(areas.compound, "TUTORING")).then().statusCode(201)
                    .extract().jsonPath().getLong("id");
            volunteer.request().contentType(ContentType.JSON).body(Map.of("reason", "时间冲突", "version", 0))
                    .post("/api/claims/" + claim + "/release").then().statusCode(200);
        }
        volunteer.request().get("/api/open-needs").then().body("standing.mayClaim", equalTo(true))
                .body("standing.refusal", nullValue());
        claim(volunteer, TestNeeds.publicNeed(areas.compound, "TUTORING")).then().statusCode(201);
    }

    private static Response claim(TestUser volunteer, long need) {
        return volunteer.request().contentType(ContentType.JSON).body(TestNeeds.claimBody())
                .post("/api/needs/" + need + "/claims");
    }
}
