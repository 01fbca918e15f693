package org.tongxing.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** A cadre reviews what a run proposed: accepting, the 409 when a volunteer no longer has room, rejecting. */
@QuarkusTest
class ProposalReviewTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aProposalWhoseVolunteerNoLongerHasRoomFailsWith409WhileTheOthersApply() {
        MatchingWorld world = new MatchingWorld();
        long volunteer = world.volunteer(world.areas.compound, "TUTORING", 3);
        List<Long> needs = List.of(world.longTermNeed(world.household(), "TUTORING"),
                world.longTermNeed(world.household(), "TUTORING"), world.longTermNeed(world.household(), "TUTORING"));
        long run = Runs.start(world.cadre, "PAIRS", world.areas.street, 2);
        assertThat(Runs.awaitEnd(world.cadre, run, WAIT).getString("status")).isEqualTo("COMPLETED");
        List<Map<String, Object>> proposals = world.cadre.request().get("/api/matching/runs/" + run + "/proposals")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(proposals).hasSize(3).allSatisfy(p -> assertThat(((Map<?, ?>) p.get("volunteer")).get("id"))
                .isEqualTo((int) volunteer));
        assertThat(proposals).extracting(p -> ((Number) ((Map<?, ?>) p.get("need")).get("id")).longValue())
                .containsExactlyInAnyOrderElementsOf(needs);

        MatchingWorld.setCapacity(volunteer, 1);
        long first = ((Number) proposals.get(0).get("id")).longValue();
        long second = ((Number) proposals.get(1).get("id")).longValue();
        world.cadre.request().contentType(ContentType.JSON).post("/api/matching/proposals/" + first + "/acceptance")
                .then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        world.cadre.request().contentType(ContentType.JSON).post("/api/matching/proposals/" + second + "/acceptance")
                .then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("/problems/proposal-outdated"));
        world.cadre.request().get("/api/matching/proposals/" + second).then().body("status", equalTo("FAILED"));

        JsonPath all = world.cadre.request().contentType(ContentType.JSON)
                .post("/api/matching/runs/" + run + "/acceptance").then().statusCode(200)
                .extract().jsonPath();
        assertThat(all.getInt("accepted")).isZero();
        assertThat(all.getList("failed.type")).containsExactly("/problems/proposal-outdated");
        given().queryParams(Map.of("areaPrefix", world.areas.district, "volunteerId", volunteer))
                .get("/api/matching/pairings").then().body("totalItems", equalTo(1));
    }

    @Test
    void acceptingAllTurnsProposalsIntoPairsTheTimelineAndTheVolunteersCommitments() {
        MatchingWorld world = new MatchingWorld();
        long volunteer = world.volunteer(world.areas.compound, "TUTORING", 2);
        long household = world.household();
        long need = world.longTermNeed(household, "TUTORING");
        long run = Runs.start(world.cadre, "PAIRS", world.areas.street, 2);
        Runs.awaitEnd(world.cadre, run, WAIT);

        JsonPath result = world.cadre.request().contentType(ContentType.JSON)
                .post("/api/matching/runs/" + run + "/acceptance").then().statusCode(200)
                .extract().jsonPath();
        assertThat(result.getInt("accepted")).isEqualTo(1);
        assertThat(result.getList("failed")).isEmpty();
        given().get("/api/needs/" + need).then().body("status", equalTo("IN_PROGRESS"));
        given().get("/api/households/" + household + "/timeline").then().body("items[0].kind",
                equalTo("PAIRING_STARTED"));
        given().get("/api/volunteers/" + volunteer + "/commitments").then().statusCode(200)
                .body("pairs.size()", equalTo(1)).body("pairs[0].needId", equalTo((int) need))
                .body("pairs[0].areaCode", equalTo(world.areas.street));
    }

    @Test
    void aRejectionWithAReasonKeepsTheVolunteerAwayFromTheFamilyInLaterRuns() {
        MatchingWorld world = new MatchingWorld();
        long near = world.volunteer(world.areas.compound, "PSYCHOLOGICAL_SUPPORT", 2);
        long far = world.volunteer(world.areas.anotherCompound(2), "PSYCHOLOGICAL_SUPPORT", 2);
        long household = world.household();
        world.longTermNeed(household, "PSYCHOLOGICAL_SUPPORT");
        long run = Runs.start(world.cadre, "PAIRS", world.areas.street, 2);
        Runs.awaitEnd(world.cadre, run, WAIT);
        JsonPath proposal = world.cadre.request().get("/api/matching/runs/" + run + "/proposals").jsonPath();
        assertThat(proposal.getLong("[0].volunteer.id")).isEqualTo(near);
        assertThat(proposal.getString("[0].explanation.zh")).contains("同一小区");
        assertThat(proposal.getString("[0].explanation.en")).contains("same compound");

        world.cadre.request().contentType(ContentType.JSON).body(Map.of("reason", "志愿者是孩子的亲戚"))
                .post("/api/matching/proposals/" + proposal.getLong("[0].id") + "/rejection").then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        given().queryParam("householdId", household).get("/api/matching/conflicts").then()
                .body("size()", equalTo(1)).body("[0].volunteerId", equalTo((int) near))
                .body("[0].source", equalTo("REJECTED_PROPOSAL"));

        long again = Runs.start(world.cadre, "PAIRS", world.areas.street, 2);
        Runs.awaitEnd(world.cadre, again, WAIT);
        world.cadre.request().get("/api/matching/runs/" + again + "/proposals").then()
                .body("size()", equalTo(1)).body("[0].volunteer.id", equalTo((int) far));
    }
}
