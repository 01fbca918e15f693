package org.tongxing.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxing.demo.DemoDataLoader;
import org.tongxing.support.SignedInAsAdmin;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * A district cadre matches the demo district for real: pairs, then groups. Accepted proposals become pairs and
 * groups that respect every volunteer's places, appear on timelines, commitments and notifications, and are
 * kept as they are (pinned) by the next run.
 */
@QuarkusTest
class DemoDistrictMatchingTest {

    private static final String DISTRICT = "350799";
    private static final Duration WAIT = Duration.ofSeconds(120);

    @Inject
    DemoDataLoader demo;

    TestUser cadre;

    @BeforeEach
    void districtCadre() {
        demo.load();
        cadre = TestUsers.cadre(DISTRICT);
    }

    @Test
    void pairsAreProposedAcceptedAndPinnedByTheNextRun() {
        long started = System.nanoTime();
        long run = Runs.start(cadre, "PAIRS", DISTRICT, 5);
        JsonPath ended = Runs.awaitEnd(cadre, run, WAIT);
        report("PAIRS", ended, started);
        assertThat(ended.getString("status")).isEqualTo("COMPLETED");
        assertThat(ended.getString("bestScore")).startsWith("0hard/");
        List<Map<String, Object>> proposals = proposals(run);
        assertThat(proposals).isNotEmpty().hasSize(ended.getInt("counts.proposals"));
        for (Map<String, Object> p : proposals) {
            assertThat(p.get("explanation").toString()).contains("zh=").contains("en=");
            assertThat(path(p, "explanation", "zh")).contains("名额");
            assertThat(path(p, "explanation", "en")).contains("places left");
        }

        JsonPath accepted = cadre.request().contentType(ContentType.JSON)
                .post("/api/matching/runs/" + run + "/acceptance")
                .then().statusCode(200).extract().jsonPath();
        assertThat(accepted.getInt("accepted")).isEqualTo(proposals.size());
        assertThat(accepted.getList("failed")).isEmpty();
        List<Map<String, Object>> pairs = cadre.request().queryParams(Map.of("areaPrefix", DISTRICT, "size", 200))
                .get("/api/matching/pairings").jsonPath().getList("items");
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(proposals.size());
        Map<String, Object> first = proposals.get(0);
        long need = ((Number) ((Map<?, ?>) first.get("need")).get("id")).longValue();
        given().get("/api/needs/" + need).then().body("status", org.hamcrest.Matchers.equalTo("IN_PROGRESS"))
                .body("longTerm", org.hamcrest.Matchers.equalTo(true));
        assertThat(timelineKinds(((Number) first.get("householdId")).longValue())).contains("PAIRING_STARTED");
        long volunteer = ((Number) ((Map<?, ?>) first.get("volunteer")).get("id")).longValue();
        demoVolunteer(volunteer).get("/api/me/commitments").then().statusCode(200)
                .body("pairs.needId", org.hamcrest.Matchers.hasItem((int) need));
        assertThat(demoVolunteer(volunteer).get("/api/me/notifications").jsonPath().getList("items.kind"))
                .contains("PAIRED");
        assertEveryVolunteerWithinCapacity();

        long again = Runs.start(cadre, "PAIRS", DISTRICT, 3);
        JsonPath second = Runs.awaitEnd(cadre, again, WAIT);
        assertThat(second.getInt("counts.pinned")).isGreaterThanOrEqualTo(proposals.size());
        List<Long> pairedNeeds = pairs.stream().map(p -> ((Number) p.get("needId")).longValue()).toList();
        assertThat(proposals(again)).extracting(p -> ((Number) ((Map<?, ?>) p.get("need")).get("id")).longValue())
                .doesNotContainAnyElementsOf(pairedNeeds);
    }

    @Test
    void groupsOfOneCadreAndUpToThreeVolunteersFormAroundPillarMothers() {
        long started = System.nanoTime();
        long run = Runs.start(cadre, "GROUPS", DISTRICT, 5);
        JsonPath ended = Runs.awaitEnd(cadre, run, WAIT);
        report("GROUPS", ended, started);
        assertThat(ended.getString("status")).isEqualTo("COMPLETED");
        List<Map<String, Object>> proposals = proposals(run);
        assertThat(proposals).isNotEmpty();
        for (Map<String, Object> p : proposals) {
            assertThat(p.get("composition")).isEqualTo("SINGLE_MOTHER");
            assertThat((List<?>) p.get("members")).isNotEmpty().hasSizeLessThanOrEqualTo(3);
            assertThat(path(p, "explanation", "zh")).contains("需求");
        }

        JsonPath accepted = cadre.request().contentType(ContentType.JSON)
                .post("/api/matching/runs/" + run + "/acceptance")
                .then().statusCode(200).extract().jsonPath();
        assertThat(accepted.getInt("accepted")).isEqualTo(proposals.size());
        List<Map<String, Object>> groups = cadre.request().queryParams(Map.of("areaPrefix", DISTRICT, "size", 200))
                .get("/api/matching/groups").jsonPath().getList("items");
        assertThat(groups).hasSizeGreaterThanOrEqualTo(proposals.size()).allSatisfy(g -> {
            assertThat(g.get("cadre")).isNotNull();
            assertThat((List<?>) g.get("members")).isNotEmpty().hasSizeLessThanOrEqualTo(3);
            assertThat((List<?>) g.get("needs")).isNotEmpty();
        });
        long household = ((Number) proposals.get(0).get("householdId")).longValue();
        assertThat(timelineKinds(household)).contains("SUPPORT_GROUP_FORMED");
        assertEveryVolunteerWithinCapacity();

        long again = Runs.start(cadre, "GROUPS", DISTRICT, 3);
        JsonPath second = Runs.awaitEnd(cadre, again, WAIT);
        int seats = groups.stream().mapToInt(g -> 1 + ((List<?>) g.get("members")).size()).sum();
        assertThat(second.getInt("counts.pinned")).isEqualTo(seats);
        assertThat(proposals(again)).allSatisfy(p -> assertThat(p.get("cadre")).isNull());
    }

    private void assertEveryVolunteerWithinCapacity() {
        Map<Long, Integer> held = new HashMap<>();
        cadre.request().queryParams(Map.of("areaPrefix", DISTRICT, "size", 200)).get("/api/matching/pairings")
                .jsonPath()
                .getList("items.volunteer.id", Long.class).forEach(v -> held.merge(v, 1, Integer::sum));
        cadre.request().queryParams(Map.of("areaPrefix", DISTRICT, "size", 200)).get("/api/matching/groups").jsonPath()
                .getList("items.members.flatten().volunteer.id", Long.class)
                .forEach(v -> held.merge(v, 1, Integer::sum));
        held.forEach((volunteer, places) -> assertThat(places).as("places of volunteer " + volunteer)
                .isLessThanOrEqualTo(given().get("/api/volunteers/" + volunteer).jsonPath().getInt("capacity")));
    }

    private List<Map<String, Object>> proposals(long run) {
        return cadre.request().get("/api/matching/runs/" + run + "/proposals").then().statusCode(200).extract()
                .jsonPath()
                .getList("$");
    }

    private static List<String> timelineKinds(long household) {
        return given().queryParam("size", 100).get("/api/households/" + household + "/timeline").jsonPath()
                .getList("items.kind");
    }

    /** Every vetted demo volunteer signs in as volunteer-&lt;id&gt;, the first one as "volunteer". */
    private static RequestSpecification demoVolunteer(long id) {
        RequestSpecification numbered = RestAssured.given().auth().preemptive().basic("volunteer-" + id,
                SignedInAsAdmin.PASSWORD);
        return numbered.get("/api/me").statusCode() == 200 ? RestAssured.given().auth().preemptive()
                .basic("volunteer-" + id, SignedInAsAdmin.PASSWORD)
                : RestAssured.given().auth().preemptive().basic("volunteer", SignedInAsAdmin.PASSWORD);
    }

    private static String path(Map<String, Object> proposal, String... keys) {
        Object value = proposal;
        for (String key : keys) {
            value = ((Map<?, ?>) value).get(key);
        }
        return String.valueOf(value);
    }

    private static void report(String kind, JsonPath run, long startedNanos) {
        System.out.printf("Demo district %s run: %s in %.1f s wall clock (time limit %d s): %s requests/groups, "
                + "%s volunteers, %s pinned, %s proposals, %s unmatched, best score %s%n", kind,
                run.getString("status"),
                (System.nanoTime() - startedNanos) / 1e9, run.getInt("timeLimitSeconds"), run.get("counts.requests"),
                run.get("counts.volunteers"), run.get("counts.pinned"), run.get("counts.proposals"),
                run.get("counts.unmatched"),
                run.getString("bestScore"));
    }
}
