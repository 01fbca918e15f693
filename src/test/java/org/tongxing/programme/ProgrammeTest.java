package org.tongxing.programme;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestHouseholds;
import org.tongxing.support.TestNeeds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ProgrammeTest {

    @Test
    void goalProgressAndServiceTotalsAreCountedFromTheMembersRealRecordsWithinThePeriod() {
        TestAreas areas = TestAreas.create();
        TestUser cadre = TestUsers.cadre(areas.street);
        TestUser worker = TestUsers.worker(areas.community);
        TestUser organisation = TestUsers.organisationMember(areas.district, "TUTORING");
        long programme = ProgrammeFixtures.create(cadre, areas.street, organisation.organisationId());
        long served = TestHouseholds.open(areas.compound);
        long visited = TestHouseholds.open(areas.compound);
        long outsider = TestHouseholds.open(areas.compound);
        ProgrammeFixtures.join(cadre, programme, served);
        ProgrammeFixtures.join(cadre, programme, visited);
        serve(organisation, worker, served, 3, 2);
        serve(organisation, worker, served, 1, 1);
        serve(organisation, worker, outsider, 5, 5);
        for (long household : List.of(visited, visited, served)) {
            worker.request().contentType(ContentType.JSON).body(Map.of())
                    .post("/api/households/" + household + "/visits")
                    .then().statusCode(201);
        }

        JsonPath view = cadre.request().get("/api/programmes/" + programme).then().statusCode(200).extract().jsonPath();
        assertThat(view.getLong("memberCount")).isEqualTo(2);
        assertThat(view.getLong("progress.services")).isEqualTo(2);
        assertThat(view.getDouble("progress.hours")).isEqualTo(4.0);
        assertThat(view.getLong("progress.personTimes")).isEqualTo(3);
        assertThat(view.getLong("progress.householdsServed")).isEqualTo(1);
        assertThat(view.getLong("progress.visits")).isEqualTo(3);
        assertThat(view.getInt("progress.goals.find { it.metric == 'HOUSEHOLDS_SERVED' }.percent")).isEqualTo(50);
        assertThat(view.getInt("progress.goals.find { it.metric == 'SERVICE_HOURS' }.percent")).isEqualTo(40);
        assertThat(view.getInt("progress.goals.find { it.metric == 'VISITS' }.percent")).isEqualTo(75);
        assertThat(view.getString("progress.byCategory[0].category")).isEqualTo("TUTORING");

        organisation.request().get("/api/programmes/" + programme).then().statusCode(200)
                .body("progress.personTimes", equalTo(3));
        organisation.request().get("/api/programmes/" + programme + "/households").then().statusCode(403);
        organisation.request().get("/api/programmes").then().body("items.id", hasSize(1));
        cadre.request().get("/api/programmes/" + programme + "/households").then().body("totalItems", equalTo(2));
        given().get("/api/households/" + served + "/timeline").then()
                .body("items.find { it.kind == 'PROGRAMME_JOINED' }.details.programmeId", equalTo((int) programme));
    }

    @Test
    void membersMustLieInTheProgrammesAreaAndJoinOnce() {
        TestAreas areas = TestAreas.create();
        TestUser cadre = TestUsers.cadre(areas.street);
        long programme = ProgrammeFixtures.create(cadre, areas.street,
                TestUsers.organisationMember(areas.district, "TUTORING").organisationId());
        long household = TestHouseholds.open(areas.compound);
        ProgrammeFixtures.join(cadre, programme, household);
        cadre.request().contentType(ContentType.JSON).body(Map.of("householdId", household))
                .post("/api/programmes/" + programme + "/households").then().statusCode(409);
        long elsewhere = TestHouseholds.open(TestAreas.create().compound);
        given().contentType(ContentType.JSON).body(Map.of("householdId", elsewhere))
                .post("/api/programmes/" + programme + "/households").then().statusCode(422)
                .body("errors[0].field", equalTo("householdId"));
        cadre.request().contentType(ContentType.JSON)
                .delete("/api/programmes/" + programme + "/households/" + household)
                .then().statusCode(204);
        cadre.request().get("/api/programmes/" + programme).then().body("memberCount", equalTo(0));
    }

    @Test
    void theNamedEvaluatorScoresOnTheRubricAndSubmittingFreezesTheWeightedTotal() {
        TestAreas areas = TestAreas.create();
        TestUser cadre = TestUsers.cadre(areas.street);
        TestUser evaluator = TestUsers.cadre(areas.district);
        TestUser organisation = TestUsers.organisationMember(areas.district, "TUTORING");
        long programme = ProgrammeFixtures.create(cadre, areas.street, organisation.organisationId());
        List<Long> items = cadre.request().get("/api/programmes/" + programme).jsonPath().getList("rubric.id",
                Long.class);

        cadre.request().contentType(ContentType.JSON).body(Map.of("kind", "MID_TERM", "evaluatorId", organisation.id()))
                .post("/api/programmes/" + programme + "/evaluations").then().statusCode(422);
        long round = cadre.request().contentType(ContentType.JSON)
                .body(Map.of("kind", "MID_TERM", "evaluatorId", evaluator.id()))
                .post("/api/programmes/" + programme + "/evaluations").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        cadre.request().contentType(ContentType.JSON).body(Map.of("kind", "MID_TERM"))
                .post("/api/programmes/" + programme + "/evaluations").then().statusCode(409);

        String scores = "/api/programmes/" + programme + "/evaluations/" + round + "/scores";
        cadre.request().contentType(ContentType.JSON).body(scores(items.get(0), 80, false, 0)).put(scores).then()
                .statusCode(403);
        evaluator.request().contentType(ContentType.JSON).body(scores(items.get(0), 120, false, 0)).put(scores).then()
                .statusCode(400).body("errors[0].field", equalTo("scores[0].score"));
        evaluator.request().contentType(ContentType.JSON).body(scores(items.get(0), 80, true, 0)).put(scores).then()
                .statusCode(400).body("errors[0].field", equalTo("scores"));
        evaluator.request().contentType(ContentType.JSON).body(scores(items.get(0), 80, false, 0)).put(scores).then()
                .statusCode(200).body("weightedTotal", equalTo(48.0f)).body("status", equalTo("OPEN"));
        organisation.request().get("/api/programmes/" + programme).then().body("evaluations", hasSize(0));
        cadre.request().contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Map.of("name", "新评分项", "weight", 1, "maxScore", 10)), "version", 0))
                .put("/api/programmes/" + programme + "/rubric").then().statusCode(409)
                .body("type", equalTo("/problems/invalid-state"));

        Map<String, Object> all = new HashMap<>(
                Map.of("scores", List.of(score(items.get(0), 80), score(items.get(1), 7)),
                        "comment", "服务扎实，记录完整", "submit", true, "version", 1));
        evaluator.request().contentType(ContentType.JSON).body(all).put(scores).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("weightedTotal", equalTo(76.0f));
        evaluator.request().contentType(ContentType.JSON).body(scores(items.get(0), 100, false, 2)).put(scores).then()
                .statusCode(409).body("type", equalTo("/problems/evaluation-submitted"));
        organisation.request().get("/api/programmes/" + programme).then()
                .body("evaluations[0].weightedTotal", equalTo(76.0f))
                .body("evaluations[0].scores[1].score", equalTo(7.0f));
    }

    private static Map<String, Object> score(long item, int score) {
        return Map.of("itemId", item, "score", score);
    }

    private static Map<String, Object> scores(long item, int score, boolean submit, int version) {
        return Map.of("scores", List.of(score(item, score)), "submit", submit, "version", version);
    }

    /** A tutoring need of the household, claimed by the organisation, accepted, and served. */
    private static void serve(TestUser organisation, TestUser worker, long household, int hours, int personTimes) {
        long need = TestHouseholds.postNeed(household, "TUTORING", "HIGH");
        TestNeeds.openToPublic(need);
        long claim = organisation.request().contentType(ContentType.JSON).body(TestNeeds.claimBody())
                .post("/api/needs/" + need + "/claims").then().statusCode(201).extract().jsonPath().getLong("id");
        worker.request().contentType(ContentType.JSON).body(Map.of("version", 0))
                .post("/api/claims/" + claim + "/acceptance")
                .then().statusCode(200);
        organisation.request().contentType(ContentType.JSON).body(Map.of("servedOn", LocalDate.now().toString(),
                "hours", hours, "personTimes", personTimes)).post("/api/claims/" + claim + "/services").then()
                .statusCode(201);
    }
}
