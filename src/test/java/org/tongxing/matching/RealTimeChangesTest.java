package org.tongxing.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * While a run solves, a volunteer who withdraws and a need that is cancelled reach the solver as problem
 * changes: the run carries on without them instead of starting over, and proposes neither.
 */
@QuarkusTest
@TestProfile(LocalSearchForGroups.class)
class RealTimeChangesTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    /** A groups run: a pairs run proves its plan optimal and ends before anyone could withdraw. */
    @Test
    void aVolunteerWhoseVettingIsWithdrawnWhileARunSolvesIsNotProposed() {
        MatchingWorld world = new MatchingWorld();
        given().contentType(ContentType.JSON).body(Map.of("name", "小组干部", "gender", "FEMALE", "unit", "街道妇联",
                "areaCode", world.areas.street, "capacity", 3)).post("/api/cadres").then().statusCode(201);
        long near = world.volunteer(world.areas.compound, "TUTORING", 2);
        long far = world.volunteer(world.areas.anotherCompound(2), "TUTORING", 2);
        world.longTermNeed(world.household(), "TUTORING");
        long run = Runs.start(world.cadre, "GROUPS", world.areas.street, 60);
        Runs.awaitBestScore(world.cadre, run, WAIT);

        long version = given().get("/api/volunteers/" + near).jsonPath().getLong("version");
        given().contentType(ContentType.JSON).body(Map.of("status", "SUSPENDED", "version", version))
                .put("/api/volunteers/" + near + "/vetting").then().statusCode(200);
        Runs.sleep(1500);
        world.cadre.request().delete("/api/matching/runs/" + run).then().statusCode(200).body("status",
                equalTo("STOPPED"));

        JsonPath proposals = world.cadre.request().get("/api/matching/runs/" + run + "/proposals").jsonPath();
        assertThat(proposals.getList("members.flatten().volunteer.id", Long.class)).containsExactly(far);
    }

    @Test
    void aVolunteerWhoWithdrawsLeavesTheirPairsAndTheNeedOpensAgain() {
        MatchingWorld world = new MatchingWorld();
        long volunteer = world.volunteer(world.areas.compound, "TUTORING", 1);
        long household = world.household();
        long need = world.longTermNeed(household, "TUTORING");
        long run = Runs.start(world.cadre, "PAIRS", world.areas.street, 1);
        Runs.awaitEnd(world.cadre, run, WAIT);
        world.cadre.request().contentType(ContentType.JSON).post("/api/matching/runs/" + run + "/acceptance").then()
                .body("accepted", equalTo(1));

        MatchingWorld.setCapacity(volunteer, 0);

        given().get("/api/needs/" + need).then().body("status", equalTo("OPEN"));
        given().queryParams(Map.of("areaPrefix", world.areas.district, "status", "ENDED")).get("/api/matching/pairings")
                .then().body("totalItems", equalTo(1))
                .body("items[0].endReason", equalTo("volunteer withdrew: capacity set to 0"));
        given().get("/api/households/" + household + "/timeline").then().body("items[0].kind",
                equalTo("PAIRING_ENDED"));
    }
}
