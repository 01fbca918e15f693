package org.tongxing.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The demo district's pairs: one in each state a person trying the demo should meet, with contacts and reviews,
 * and a live one for the demo accounts "volunteer" and "family".
 */
@QuarkusTest
class DemoCommitmentsTest {

    @Test
    void theDemoDistrictHasPairsInTrialFormalQuietReviewedAndEndedStates() {
        JsonPath active = as("admin").queryParams(Map.of("areaPrefix", DemoDistrict.DISTRICT, "size", 100))
                .get("/api/matching/pairings").jsonPath();
        assertThat(active.getList("items.course.stage", String.class)).contains("TRIAL", "FORMAL");
        assertThat(active.getList("items.course.answer", String.class)).contains("PENDING", "CONFIRMED");
        assertThat(active.getList("items.course.quietLevel", Integer.class)).contains(0, 1, 2);
        JsonPath ended = as("admin").queryParams(Map.of("areaPrefix", DemoDistrict.DISTRICT, "status", "ENDED"))
                .get("/api/matching/pairings").jsonPath();
        assertThat(ended.getList("items")).isNotEmpty();
        long endedPair = ended.getLong("items[0].id");
        assertThat(as("admin").get("/api/matching/pairings/" + endedPair + "/reviews").jsonPath()
                .getList("kind", String.class)).containsExactly("MIDTERM", "FINAL");
        assertThat(as("admin").get("/api/matching/pairings/" + endedPair + "/contacts").jsonPath().getList("$"))
                .hasSizeGreaterThan(3);
        JsonPath statistics = given().queryParam("area", DemoDistrict.DISTRICT).queryParam("from",
                java.time.LocalDate.now().minusYears(1).toString()).get("/api/statistics").jsonPath();
        assertThat(statistics.getLong("pairings.reviewed")).isGreaterThanOrEqualTo(3);
        assertThat(statistics.getLong("pairings.improved")).isPositive()
                .isLessThan(statistics.getLong("pairings.reviewed"));
    }

    @Test
    void theDemoVolunteerAndTheDemoFamilyEachSeeALivePair() {
        List<Map<String, Object>> pairs = as("volunteer").get("/api/me/commitments").jsonPath().getList("pairs");
        assertThat(pairs).isNotEmpty().allSatisfy(p -> assertThat(p.get("course")).isNotNull());
        JsonPath helpers = as("family").get("/api/me/helpers").jsonPath();
        assertThat(helpers.getList("helpers")).isNotEmpty();
        assertThat(helpers.getString("helpers[0].kind")).isEqualTo("PAIRING");
    }

    private static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, DemoAccounts.PASSWORD);
    }
}
