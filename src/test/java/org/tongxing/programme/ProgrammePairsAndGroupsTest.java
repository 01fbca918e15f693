package org.tongxing.programme;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.tongxing.programme.ProgrammeFixtures.goal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.tongxing.common.ChinaTime;
import org.tongxing.matching.CommitmentHistory;
import org.tongxing.matching.MatchingWorld;
import org.tongxing.support.TestHouseholds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A programme counts the pairs and 1+3+1 groups of its member households that were active at some time in its
 * period, and lists them only to its managers. Pairs and groups are made by real matching runs, then back-dated.
 */
@QuarkusTest
class ProgrammePairsAndGroupsTest {

    @Inject
    DataSource db;

    @Test
    void theProgrammeCountsAndListsThePairsAndGroupsOfItsMembersActiveInItsPeriod() {
        MatchingWorld world = new MatchingWorld();
        TestUser organisation = TestUsers.organisationMember(world.areas.district, "TUTORING");
        given().contentType(ContentType.JSON).body(Map.of("name", "项目干部", "gender", "FEMALE", "unit", "街道妇联",
                "areaCode", world.areas.street, "capacity", 5)).post("/api/cadres").then().statusCode(201);
        long paired = world.household();
        long pairEnded = world.household();
        long grouped = world.household();
        long outsider = world.household();
        for (long household : List.of(paired, pairEnded, outsider)) {
            world.longTermNeed(household, "TUTORING");
            world.volunteer(world.areas.compound, "TUTORING", 1);
        }
        Map<Long, Long> pairs = byHousehold(CommitmentHistory.accepted(world, "PAIRS"));
        TestHouseholds.postNeed(grouped, "COMPANIONSHIP", "NORMAL");
        for (int i = 0; i < 3; i++) {
            world.volunteer(world.areas.compound, "COMPANIONSHIP", 1);
        }
        Map<Long, Long> groups = byHousehold(CommitmentHistory.accepted(world, "GROUPS"));
        assertThat(pairs).containsOnlyKeys(paired, pairEnded, outsider);
        assertThat(groups).containsOnlyKeys(grouped);

        // A goal for every metric there is: the request must admit one per metric, the two new ones included.
        long programme = ProgrammeFixtures.create(world.cadre, world.areas.street, organisation.organisationId(),
                List.of(goal("HOUSEHOLDS_SERVED", 3), goal("SERVICE_HOURS", 20), goal("PERSON_TIMES", 10),
                        goal("VISITS", 6), goal("PAIRS", 4), goal("GROUPS", 2)));
        for (long household : List.of(paired, pairEnded, grouped)) {
            ProgrammeFixtures.join(world.cadre, programme, household);
        }
        LocalDate startsOn = LocalDate.parse(world.cadre.request().get("/api/programmes/" + programme).jsonPath()
                .getString("startsOn"));
        Instant start = startsOn.atStartOfDay(ChinaTime.ZONE).toInstant();
        // begun before the period and ended in it: active in it
        CommitmentHistory.dates(db, "pairing", "since", pairs.get(paired), start.minus(Duration.ofDays(30)),
                start.plus(Duration.ofDays(3)));
        // ended a minute before the period's first day began
        CommitmentHistory.dates(db, "pairing", "since", pairs.get(pairEnded), start.minus(Duration.ofDays(90)),
                start.minus(Duration.ofMinutes(1)));
        // formed before the period and still going
        CommitmentHistory.dates(db, "support_group", "formed_at", groups.get(grouped), start.minus(Duration.ofDays(10)),
                null);
        // the outsider's pair is active now, but its household is not a member

        String body = world.cadre.request().get("/api/programmes/" + programme).then().statusCode(200).extract()
                .asString();
        JsonPath view = JsonPath.from(body);
        assertThat(view.getLong("progress.pairsActive")).isEqualTo(1);
        assertThat(view.getLong("progress.groupsActive")).isEqualTo(1);
        assertThat(view.getList("pairs.id", Long.class)).containsExactly(pairs.get(paired));
        assertThat(view.getLong("pairs[0].householdId")).isEqualTo(paired);
        assertThat(view.getString("pairs[0].status")).isEqualTo("ENDED");
        assertThat(view.getList("groups.id", Long.class)).containsExactly(groups.get(grouped));
        assertThat(view.getList("groups[0].members")).hasSize(3);
        assertThat(view.getInt("progress.goals.find { it.metric == 'PAIRS' }.percent")).isEqualTo(25);
        assertThat(view.getInt("progress.goals.find { it.metric == 'GROUPS' }.percent")).isEqualTo(50);
        assertThat(body).as("no family names or phone numbers, as on the staff's lists").doesNotContain("林秀梅", "林小雨",
                "13905990001");

        JsonPath lead = organisation.request().get("/api/programmes/" + programme).then().statusCode(200).extract()
                .jsonPath();
        assertThat(lead.getLong("progress.pairsActive")).isEqualTo(1);
        assertThat(lead.getLong("progress.groupsActive")).isEqualTo(1);
        assertThat(lead.getInt("progress.goals.find { it.metric == 'PAIRS' }.percent")).isEqualTo(25);
        assertThat(lead.getMap("$")).doesNotContainKeys("pairs", "groups");

        String file = "/worker/households/";
        world.cadre.request().accept("text/html").get("/programmes/" + programme).then().statusCode(200)
                .body(containsString(file + paired + "\"")).body(containsString(file + grouped + "\""))
                .body(not(containsString(file + pairEnded + "\""))).body(not(containsString(file + outsider + "\"")));
        organisation.request().accept("text/html").get("/programmes/" + programme).then().statusCode(200)
                .body(containsString("1+3+1")).body(not(containsString(file)));
    }

    private static Map<Long, Long> byHousehold(JsonPath list) {
        return list.getList("items", Map.class).stream().collect(Collectors.toMap(
                item -> ((Number) item.get("householdId")).longValue(), item -> ((Number) item.get("id")).longValue()));
    }
}
