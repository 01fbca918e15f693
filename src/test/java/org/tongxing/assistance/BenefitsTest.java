package org.tongxing.assistance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.tongxing.common.ChinaTime;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestHouseholds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Benefits and one-off assistance on a case file: the rules a status carries, the history, the re-check reminder. */
@QuarkusTest
class BenefitsTest {

    private static final LocalDate TODAY = ChinaTime.today();

    @Inject
    BenefitRechecks rechecks;

    @Test
    void aStatusCarriesWhatMakesItTrueAndEachBrokenRuleIsNamed() {
        long household = TestHouseholds.open(TestAreas.create().compound);
        record(household, benefit("GRANTED", Map.of())).statusCode(400)
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors.field", hasItems("decidedOn", "monthlyAmount"));
        record(household, benefit("REFUSED", Map.of("decidedOn", TODAY.toString()))).statusCode(400)
                .body("errors.field", hasItems("note"));
        record(household, benefit("ENDED", Map.of())).statusCode(400).body("errors.field", hasItems("endedOn"));
        record(household, benefit("GRANTED", Map.of("appliedOn", TODAY.toString(), "decidedOn",
                TODAY.minusDays(3).toString(), "monthlyAmount", 600))).statusCode(400)
                .body("errors.field", hasItems("decidedOn"));
        long stranger = given().get("/api/households/" + TestHouseholds.open(TestAreas.create().compound)).jsonPath()
                .getLong("members[0].id");
        record(household, benefit("CONSIDERING", Map.of("memberId", stranger))).statusCode(400)
                .body("errors.field", hasItems("memberId"));
        record(household, benefit("APPLIED", Map.of("appliedOn", TODAY.plusDays(1).toString()))).statusCode(400)
                .body("errors.field", hasItems("appliedOn"));
        given().get("/api/households/" + household + "/benefits").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aBenefitIsAppliedForGrantedAndKeptInTheFilesHistory() {
        TestAreas areas = TestAreas.create();
        long household = TestHouseholds.open(areas.compound);
        TestUser worker = TestUsers.worker(areas.community);
        long id = record(worker, household, benefit("APPLIED", Map.of("appliedOn", TODAY.minusDays(10).toString())))
                .statusCode(201).body("status", equalTo("APPLIED")).extract().jsonPath().getLong("id");
        Map<String, Object> granted = benefit("GRANTED", Map.of("appliedOn", TODAY.minusDays(10).toString(),
                "decidedOn", TODAY.toString(), "monthlyAmount", "680.5", "recheckOn", TODAY.plusYears(1).toString(),
                "version", 0));
        worker.request().contentType(ContentType.JSON).body(granted)
                .put("/api/households/" + household + "/benefits/" + id).then().statusCode(200)
                .body("status", equalTo("GRANTED")).body("monthlyAmount", equalTo(680.5f)).body("version", equalTo(1));
        worker.request().contentType(ContentType.JSON).body(granted)
                .put("/api/households/" + household + "/benefits/" + id).then().statusCode(409)
                .contentType("application/problem+json");
        List<String> kinds = worker.request().get("/api/households/" + household + "/timeline").jsonPath()
                .getList("items.kind");
        assertThat(kinds).contains("BENEFIT_RECORDED", "BENEFIT_CHANGED");
        TestUser family = TestUsers.family(household, areas.compound);
        family.request().get("/api/households/" + household + "/benefits").then().statusCode(200)
                .body("[0].kind", equalTo("MINIMUM_LIVING")).body("[0].status", equalTo("GRANTED"));
    }

    @Test
    void oneOffAssistanceIsRecordedWithItsAmountNewestFirst() {
        TestAreas areas = TestAreas.create();
        long household = TestHouseholds.open(areas.compound);
        TestUser worker = TestUsers.worker(areas.community);
        for (String[] given : new String[][] {{"FESTIVAL_VISIT", "2026-09-30", "300", "中秋慰问：米、油、月饼"},
                {"CASH", "2026-11-12", "1500", "临时生活困难救助金"}}) {
            worker.request().contentType(ContentType.JSON).body(Map.of("kind", given[0], "givenOn", given[1], "amount",
                    given[2], "what", given[3], "givenBy", "街道民政办"))
                    .post("/api/households/" + household + "/assistance")
                    .then().statusCode(201);
        }
        worker.request().get("/api/households/" + household + "/assistance").then().statusCode(200)
                .body("kind", equalTo(List.of("CASH", "FESTIVAL_VISIT"))).body("[0].amount", equalTo(1500.0f));
        worker.request().contentType(ContentType.JSON).body(Map.of("kind", "IN_KIND", "givenOn", "2026-11-12", "amount",
                -5, "what", "")).post("/api/households/" + household + "/assistance").then().statusCode(400)
                .body("errors.field", hasItems("amount", "what"));
    }

    @Test
    void theWorkersHearOfAComingRecheckOncePerDate() {
        TestAreas areas = TestAreas.create();
        long household = TestHouseholds.open(areas.compound);
        TestUser worker = TestUsers.worker(areas.community);
        Map<String, Object> granted = new HashMap<>(benefit("GRANTED", Map.of("decidedOn", TODAY.toString(),
                "monthlyAmount", 680, "recheckOn", TODAY.plusDays(20).toString())));
        long id = record(worker, household, granted).statusCode(201).extract().jsonPath().getLong("id");
        record(worker, household, benefit("GRANTED", Map.of("decidedOn", TODAY.toString(), "monthlyAmount", 100,
                "recheckOn", TODAY.plusDays(90).toString()))).statusCode(201);
        Instant now = Instant.now();
        rechecks.run(now);
        rechecks.run(now);
        assertThat(recheckNotices(worker)).isEqualTo(1);
        granted.put("recheckOn", TODAY.plusDays(25).toString());
        granted.put("version", 0);
        worker.request().contentType(ContentType.JSON).body(granted)
                .put("/api/households/" + household + "/benefits/" + id).then().statusCode(200);
        rechecks.run(now);
        assertThat(recheckNotices(worker)).isEqualTo(2);
    }

    private static long recheckNotices(TestUser worker) {
        return worker.request().get("/api/me/notifications?size=50").jsonPath().getList("items.kind").stream()
                .filter("BENEFIT_RECHECK"::equals).count();
    }

    private static Map<String, Object> benefit(String status, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(more);
        body.put("kind", "MINIMUM_LIVING");
        body.put("status", status);
        return body;
    }

    private static ValidatableResponse record(long household, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/households/" + household + "/benefits")
                .then();
    }

    private static ValidatableResponse record(TestUser as, long household, Map<String, Object> body) {
        return as.request().contentType(ContentType.JSON).body(body).post("/api/households/" + household + "/benefits")
                .then();
    }
}
