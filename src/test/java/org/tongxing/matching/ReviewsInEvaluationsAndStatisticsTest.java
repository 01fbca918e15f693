package org.tongxing.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.programme.ProgrammeFixtures;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The reviews of pairs feed a programme's mid-term evaluation (the share improved, the average ratings) and the
 * dashboard's pairs-and-groups figures in both languages. The expected figures are computed here from the reviews
 * the test itself entered.
 */
@QuarkusTest
class ReviewsInEvaluationsAndStatisticsTest {

    /** One pair's mid-term review as the test enters it; a null outcome leaves the pair unjudged. */
    private record Entered(String outcome, Integer familyRating, Integer volunteerRating) {
    }

    @Test
    void aMidTermEvaluationAndTheDashboardCountTheReviewedAndImprovedPairs() {
        MatchingWorld world = new MatchingWorld();
        List<Entered> entered = List.of(new Entered("BETTER", 5, 4), new Entered("SAME", 3, null),
                new Entered("BETTER", null, 5), new Entered(null, 4, null));
        long organisation = TestUsers.organisationMember(world.areas.district, "TUTORING").organisationId();
        long programme = ProgrammeFixtures.create(world.cadre, world.areas.street, organisation);
        for (int i = 0; i < entered.size(); i++) {
            review(world, programme, "1380000007" + i, entered.get(i));
        }
        long outside = review(world, 0, "13800000079", new Entered("WORSE", 1, 1));
        assertThat(outside).as("a pair of a household outside the programme").isPositive();

        long reviewed = entered.stream().filter(e -> e.outcome() != null).count();
        long improved = entered.stream().filter(e -> "BETTER".equals(e.outcome())).count();
        List<Integer> family = entered.stream().map(Entered::familyRating).filter(r -> r != null).toList();
        List<Integer> volunteers = entered.stream().map(Entered::volunteerRating).filter(r -> r != null).toList();
        JsonPath round = world.cadre.request().contentType(ContentType.JSON).body(Map.of("kind", "MID_TERM"))
                .post("/api/programmes/" + programme + "/evaluations").then().statusCode(201).extract().jsonPath();
        assertThat(round.getLong("outcomes.commitments")).isEqualTo(entered.size());
        assertThat(round.getLong("outcomes.reviewed")).isEqualTo(reviewed);
        assertThat(round.getLong("outcomes.improved")).isEqualTo(improved);
        assertThat(new BigDecimal(round.getString("outcomes.improvedPercent")))
                .isEqualByComparingTo(percent(improved, reviewed));
        assertThat(round.getLong("outcomes.familyRatings")).isEqualTo(family.size());
        assertThat(new BigDecimal(round.getString("outcomes.familyRatingAverage")))
                .isEqualByComparingTo(average(family));
        assertThat(new BigDecimal(round.getString("outcomes.volunteerRatingAverage")))
                .isEqualByComparingTo(average(volunteers));
        world.cadre.request().get("/api/programmes/" + programme).then()
                .body("evaluations[0].outcomes.improved", org.hamcrest.Matchers.equalTo((int) improved));
        String page = world.cadre.request().header("Accept-Language", "zh-CN").accept("text/html")
                .get("/programmes/" + programme).then().statusCode(200).extract().asString();
        assertThat(page).contains("已评定 " + reviewed + " 个，其中 " + improved + " 个至少一方面有改善");

        JsonPath statistics = given().queryParam("area", world.areas.district).get("/api/statistics").jsonPath();
        assertThat(statistics.getLong("pairings.reviewed")).isEqualTo(reviewed + 1);
        assertThat(statistics.getLong("pairings.improved")).isEqualTo(improved);
        String share = percent(improved, reviewed + 1).toPlainString() + "%";
        assertThat(dashboard(world.cadre, world.areas.district, "zh-CN")).contains(
                "期间内评定成效的 " + (reviewed + 1) + " 个结对或小组中，" + improved + " 个至少一方面有改善（" + share + "）");
        assertThat(dashboard(world.cadre, world.areas.district, "en")).contains("Of the " + (reviewed + 1)
                + " pairs or groups whose outcome was judged in the period, " + improved
                + " improved in some dimension ("
                + share + ")");
    }

    /** A hand-made pair of a new household (in the programme unless it is 0) with its mid-term review entered. */
    private static long review(MatchingWorld world, long programme, String phone, Entered e) {
        TestUser tutor = CommitmentLifeTest.volunteerWithPhone(world, "TUTORING", phone);
        long household = world.household();
        long need = world.longTermNeed(household, "TUTORING");
        if (programme > 0) {
            ProgrammeFixtures.join(world.cadre, programme, household);
        }
        long pair = world.cadre.request().contentType(ContentType.JSON)
                .body(Map.of("needId", need, "volunteerId", tutor.volunteerId())).post("/api/matching/pairings")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String path = "/api/matching/pairings/" + pair + "/reviews/MIDTERM";
        List<Runnable> parts = new ArrayList<>();
        if (e.outcome() != null) {
            parts.add(() -> put(world.cadre, path, Map.of("outcomes", Map.of("SCHOOLING", e.outcome(), "HEALTH",
                    "SAME"))));
        }
        if (e.familyRating() != null) {
            parts.add(() -> put(world.cadre, path, Map.of("rating", e.familyRating(), "forFamily", true)));
        }
        if (e.volunteerRating() != null) {
            parts.add(() -> put(tutor, path, Map.of("rating", e.volunteerRating())));
        }
        parts.forEach(Runnable::run);
        return pair;
    }

    private static void put(TestUser as, String path, Map<String, Object> body) {
        as.request().contentType(ContentType.JSON).body(body).put(path).then().statusCode(200);
    }

    private static String dashboard(TestUser as, String area, String language) {
        return as.request().header("Accept-Language", language).accept("text/html").queryParam("area", area)
                .get("/statistics").then().statusCode(200).extract().asString();
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal average(List<Integer> ratings) {
        return BigDecimal.valueOf(ratings.stream().mapToInt(Integer::intValue).sum())
                .divide(BigDecimal.valueOf(ratings.size()), 2, RoundingMode.HALF_UP);
    }
}
