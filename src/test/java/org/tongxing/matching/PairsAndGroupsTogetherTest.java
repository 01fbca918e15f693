package org.tongxing.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tongxing.demo.DemoDataLoader;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Issue 17's acceptance: a PAIRS and a GROUPS run of the demo district, in either order, each planning around what
 * the other's open proposals hold; accepting every proposal of both then fails none, leaves nobody over capacity and
 * forms no group without a need. The pairs run ends on its own proof of optimality, the groups run at its limit.
 */
@QuarkusTest
class PairsAndGroupsTogetherTest {

    private static final String DISTRICT = "350799";
    private static final Duration WAIT = Duration.ofSeconds(120);

    @Inject
    DemoDataLoader demo;

    @Inject
    EntityManager em;

    TestUser cadre;

    @BeforeEach
    void freshDistrict() {
        demo.load();
        cadre = TestUsers.cadre(DISTRICT);
        endEveryCommitmentOfTheDistrict();
    }

    @ParameterizedTest
    @CsvSource({"PAIRS,GROUPS", "GROUPS,PAIRS"})
    void bothRunsAcceptedInFullFailNothingAndOverbookNobody(String firstKind, String secondKind) {
        long first = Runs.start(cadre, firstKind, DISTRICT, 3);
        JsonPath firstRun = Runs.awaitEnd(cadre, first, WAIT);
        long second = Runs.start(cadre, secondKind, DISTRICT, 3);
        JsonPath secondRun = Runs.awaitEnd(cadre, second, WAIT);
        assertThat(List.of(firstRun.getString("status"), secondRun.getString("status"))).containsOnly("COMPLETED");
        JsonPath pairsRun = "PAIRS".equals(firstKind) ? firstRun : secondRun;
        assertThat(pairsRun.getBoolean("provenOptimal")).as("the flow proves a pairs plan optimal").isTrue();

        List<Map<String, Object>> proposed = proposals(first);
        proposed.addAll(proposals(second));
        assertThat(proposed).anyMatch(p -> "PAIRS".equals(p.get("kind"))).anyMatch(p -> "GROUPS".equals(p.get("kind")));
        assertNobodyProposedBeyondCapacity(proposed);

        for (long run : List.of(first, second)) {
            JsonPath accepted = cadre.request().contentType(ContentType.JSON)
                    .post("/api/matching/runs/" + run + "/acceptance").then().statusCode(200).extract().jsonPath();
            assertThat(accepted.getList("failed")).as("failures accepting run " + run).isEmpty();
        }
        assertThat(proposals(first)).extracting(p -> p.get("status")).containsOnly("ACCEPTED");
        assertThat(proposals(second)).extracting(p -> p.get("status")).containsOnly("ACCEPTED");
        assertEveryVolunteerWithinCapacity();
        List<Map<String, Object>> groups = cadre.request().queryParams(Map.of("areaPrefix", DISTRICT, "size", 200))
                .get("/api/matching/groups").jsonPath().getList("items");
        assertThat(groups).isNotEmpty().allSatisfy(g -> assertThat((List<?>) g.get("needs")).isNotEmpty());
        assertThat(em.createNativeQuery("select count(*) from support_group g where g.status = 'ACTIVE' and not exists "
                + "(select 1 from support_group_need n where n.support_group_id = g.id)").getSingleResult())
                .isEqualTo(0L);
    }

    /** What both runs propose, on top of what volunteers already hold, fits their capacity. */
    private void assertNobodyProposedBeyondCapacity(List<Map<String, Object>> proposed) {
        Map<Long, Integer> places = heldNow();
        for (Map<String, Object> p : proposed) {
            if ("PAIRS".equals(p.get("kind"))) {
                places.merge(((Number) ((Map<?, ?>) p.get("volunteer")).get("id")).longValue(), 1, Integer::sum);
            } else {
                ((List<?>) p.get("members")).forEach(m -> places.merge(
                        ((Number) ((Map<?, ?>) ((Map<?, ?>) m).get("volunteer")).get("id")).longValue(), 1,
                        Integer::sum));
            }
        }
        places.forEach((volunteer, n) -> assertThat(n).as("places proposed to volunteer " + volunteer)
                .isLessThanOrEqualTo(capacity(volunteer)));
    }

    private void assertEveryVolunteerWithinCapacity() {
        heldNow().forEach((volunteer, n) -> assertThat(n).as("places of volunteer " + volunteer)
                .isLessThanOrEqualTo(capacity(volunteer)));
    }

    private Map<Long, Integer> heldNow() {
        Map<Long, Integer> held = new HashMap<>();
        cadre.request().queryParams(Map.of("areaPrefix", DISTRICT, "size", 200)).get("/api/matching/pairings")
                .jsonPath().getList("items.volunteer.id", Long.class).forEach(v -> held.merge(v, 1, Integer::sum));
        cadre.request().queryParams(Map.of("areaPrefix", DISTRICT, "size", 200)).get("/api/matching/groups").jsonPath()
                .getList("items.members.flatten().volunteer.id", Long.class)
                .forEach(v -> held.merge(v, 1, Integer::sum));
        return held;
    }

    private static int capacity(long volunteer) {
        return given().get("/api/volunteers/" + volunteer).jsonPath().getInt("capacity");
    }

    private List<Map<String, Object>> proposals(long run) {
        return new java.util.ArrayList<>(cadre.request().get("/api/matching/runs/" + run + "/proposals").then()
                .statusCode(200).extract().jsonPath().getList("$"));
    }

    /** Other tests leave pairs and groups behind: end them, so both runs have the district's whole demand. */
    private static void endEveryCommitmentOfTheDistrict() {
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = Pairing.getEntityManager();
            String ofDistrict = " in (select id from household where area_code like '" + DISTRICT + "%')";
            em.createNativeQuery("update need set status = 'OPEN' where status = 'IN_PROGRESS' and (id in (select "
                    + "need_id from pairing where status = 'ACTIVE') or id in (select n.need_id from support_group_need "
                    + "n join support_group g on g.id = n.support_group_id where g.status = 'ACTIVE')) and household_id"
                    + ofDistrict).executeUpdate();
            em.createNativeQuery("update support_group_member set left_at = now(), left_reason = 'reset' where left_at "
                    + "is null and support_group_id in (select id from support_group where household_id" + ofDistrict
                    + ")").executeUpdate();
            em.createNativeQuery("update support_group set status = 'ENDED', ended_at = now(), end_reason = 'reset' "
                    + "where status = 'ACTIVE' and household_id" + ofDistrict).executeUpdate();
            em.createNativeQuery("update pairing set status = 'ENDED', ended_at = now(), end_reason = 'reset' "
                    + "where status = 'ACTIVE' and household_id" + ofDistrict).executeUpdate();
        });
    }
}
