package org.tongxing.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Issue 16 item 6: a cadre forms a 1+3+1 group by hand, swaps a member and changes its lead, each under the solver's
 * eligibility rule; refusals are 409 with the reason, stale versions 409, and the next run keeps it all pinned.
 */
@QuarkusTest
class GroupsByHandTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aGroupFormedSwappedAndReledByHandFollowsTheSolversRuleAndIsKeptByTheNextRun() {
        MatchingWorld world = new MatchingWorld();
        long lead = cadre(world.areas.street, 2);
        long otherLead = cadre(world.areas.street, 1);
        long mother = world.household();
        long tutoring = world.longTermNeed(mother, "TUTORING");
        List<Long> tutors = List.of(tutor(world), tutor(world), tutor(world), tutor(world), tutor(world));
        long companion = world.volunteer(world.areas.compound, "COMPANIONSHIP", 2);

        form(world, mother, tutoring, List.of(tutors.get(0), companion), lead).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("/problems/invalid-state"))
                .body("detail", containsString("does not offer what is asked"));
        JsonPath group = form(world, mother, tutoring, tutors.subList(0, 3), lead).then().statusCode(201).extract()
                .jsonPath();
        long id = group.getLong("id");
        assertThat(group.getString("stage")).isEqualTo("TRIAL");
        assertThat(group.getList("seats.volunteerId", Long.class)).containsExactlyElementsOf(tutors.subList(0, 3));
        given().get("/api/needs/" + tutoring).then().body("status", equalTo("IN_PROGRESS"));
        form(world, mother, tutoring, tutors.subList(3, 5), lead).then().statusCode(409);

        JsonPath swapped = swap(world, id, tutors.get(0), tutors.get(3), null, group.getLong("version")).then()
                .statusCode(200).extract().jsonPath();
        assertThat(swapped.getList("seats.volunteerId", Long.class)).contains(tutors.get(3))
                .doesNotContain(tutors.get(0));
        swap(world, id, tutors.get(1), tutors.get(4), null, group.getLong("version")).then().statusCode(409)
                .body("type", equalTo("/problems/concurrent-update"));
        swap(world, id, tutors.get(1), companion, null, swapped.getLong("version")).then().statusCode(409)
                .body("type", equalTo("/problems/invalid-state"));
        JsonPath badFit = swap(world, id, tutors.get(1), tutors.get(4), "BAD_FIT", swapped.getLong("version")).then()
                .statusCode(200).extract().jsonPath();
        assertThat(keptApart(world, mother)).containsExactly(tutors.get(1));

        JsonPath reled = world.cadre.request().contentType(ContentType.JSON)
                .body(Map.of("cadreId", otherLead, "version", badFit.getLong("version")))
                .put("/api/matching/groups/" + id + "/lead").then().statusCode(200).extract().jsonPath();
        assertThat(timelineKinds(mother)).contains("SUPPORT_GROUP_FORMED", "SUPPORT_GROUP_LEFT",
                "SUPPORT_GROUP_JOINED", "SUPPORT_GROUP_LEAD_CHANGED");
        long secondMother = world.household();
        long secondNeed = world.longTermNeed(secondMother, "TUTORING");
        form(world, secondMother, secondNeed, List.of(tutors.get(0)), otherLead).then().statusCode(409)
                .body("detail", containsString("leads as many groups as they can"));
        assertThat(reled.getLong("version")).isGreaterThan(badFit.getLong("version"));

        long run = Runs.start(world.cadre, "GROUPS", world.areas.street, 1);
        JsonPath ended = Runs.awaitEnd(world.cadre, run, WAIT);
        assertThat(ended.getInt("counts.pinned")).isEqualTo(4);
        assertThat(world.cadre.request().get("/api/matching/runs/" + run + "/proposals").jsonPath()
                .getList("householdId", Long.class)).doesNotContain(mother);
    }

    private static Response form(MatchingWorld world, long household, long need, List<Long> volunteers, long cadre) {
        return world.cadre.request().contentType(ContentType.JSON).body(Map.of("householdId", household, "needIds",
                List.of(need), "volunteerIds", volunteers, "cadreId", cadre)).post("/api/matching/groups");
    }

    private static Response swap(MatchingWorld world, long group, long leaving, long joining, String kind,
            long version) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("leavingVolunteerId", leaving,
                "joiningVolunteerId", joining, "reason", "换一位住得更近的志愿者", "version", version));
        if (kind != null) {
            body.put("kind", kind);
        }
        return world.cadre.request().contentType(ContentType.JSON).body(body)
                .post("/api/matching/groups/" + group + "/swaps");
    }

    private static long tutor(MatchingWorld world) {
        return world.volunteer(world.areas.compound, "TUTORING", 2);
    }

    private static long cadre(String street, int capacity) {
        return given().contentType(ContentType.JSON).body(Map.of("name", "小组干部", "gender", "FEMALE", "unit",
                "街道妇联", "areaCode", street, "capacity", capacity)).post("/api/cadres").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static List<Long> keptApart(MatchingWorld world, long household) {
        return world.cadre.request().get("/api/matching/conflicts?householdId=" + household).jsonPath()
                .getList("volunteerId", Long.class);
    }

    private static List<String> timelineKinds(long household) {
        return given().queryParam("size", 100).get("/api/households/" + household + "/timeline").jsonPath()
                .getList("items.kind");
    }
}
