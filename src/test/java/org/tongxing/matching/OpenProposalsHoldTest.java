package org.tongxing.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * An open proposal holds its volunteer's place and its need for the other kind's runs, and a newer run of its own
 * kind replaces it; a mother whose only need an open pair proposal holds gets no group.
 */
@QuarkusTest
class OpenProposalsHoldTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aPairProposalHoldsItsPlaceAndNeedUntilANewerPairsRunReplacesIt() {
        MatchingWorld world = new MatchingWorld();
        given().contentType(ContentType.JSON).body(Map.of("name", "小组干部", "gender", "FEMALE", "unit", "街道妇联",
                "areaCode", world.areas.street, "capacity", 3)).post("/api/cadres").then().statusCode(201);
        long volunteer = world.volunteer(world.areas.compound, "TUTORING", 1);
        long mother = world.household();
        long need = world.longTermNeed(mother, "TUTORING");

        long firstPairs = Runs.start(world.cadre, "PAIRS", world.areas.street, 5);
        Runs.awaitEnd(world.cadre, firstPairs, WAIT);
        assertThat(proposals(world, firstPairs).getList("need.id", Long.class)).containsExactly(need);

        long groups = Runs.start(world.cadre, "GROUPS", world.areas.street, 1);
        JsonPath groupsRun = Runs.awaitEnd(world.cadre, groups, WAIT);
        assertThat(groupsRun.getInt("counts.requests")).as("no group for a mother without a free need").isZero();
        assertThat(proposals(world, groups).getList("$")).isEmpty();

        long secondPairs = Runs.start(world.cadre, "PAIRS", world.areas.street, 5);
        Runs.awaitEnd(world.cadre, secondPairs, WAIT);
        JsonPath replaced = proposals(world, firstPairs);
        assertThat(replaced.getList("status", String.class)).containsExactly("EXPIRED");
        assertThat(replaced.getString("[0].failure")).isEqualTo("Replaced by matching run " + secondPairs);
        assertThat(proposals(world, secondPairs).getList("volunteer.id", Long.class)).containsExactly(volunteer);
        world.cadre.request().contentType(ContentType.JSON).post("/api/matching/proposals/"
                + replaced.getLong("[0].id") + "/acceptance").then().statusCode(409);
    }

    private static JsonPath proposals(MatchingWorld world, long run) {
        return world.cadre.request().get("/api/matching/runs/" + run + "/proposals").then().statusCode(200).extract()
                .jsonPath();
    }
}
