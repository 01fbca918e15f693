package org.tongxing.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestHouseholds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * Pairs and groups made by a real matching run are ended by people: the household's case workers or the volunteer
 * in it. The need opens again (or is met), the timeline records it and the other side is told; a freed seat is
 * filled by the next GROUPS run.
 */
@QuarkusTest
class EndingCommitmentsTest {

    @Test
    void aCadreEndsAPairTheNeedOpensAgainAndTheVolunteerIsTold() {
        MatchingWorld world = new MatchingWorld();
        TestUser volunteer = volunteerWithOnePlace(world, "TUTORING");
        TestUser stranger = volunteerWithOnePlace(world, "COMPANIONSHIP");
        long household = world.household();
        long need = world.longTermNeed(household, "TUTORING");
        JsonPath pair = onlyPairOf(world, volunteer);
        long id = pair.getLong("id");
        String path = "/api/matching/pairings/" + id + "/end";

        TestUser elsewhere = TestUsers.worker(TestAreas.create().community);
        end(elsewhere, path, ending("搬家了", pair.getLong("version"))).statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        end(stranger, path, ending("搬家了", pair.getLong("version"))).statusCode(404);
        end(world.cadre, path, Map.of("version", pair.getLong("version"))).statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("/problems/validation-failed"))
                .body("errors.field", hasItem("reason"));
        end(world.cadre, path, ending("搬家了", pair.getLong("version") + 7)).statusCode(409)
                .body("type", equalTo("/problems/concurrent-update"));
        end(volunteer, path, completed("目标达成", pair.getLong("version"))).statusCode(403);

        end(world.cadre, path, ending("孩子随林秀梅搬到外地", pair.getLong("version"))).statusCode(200)
                .body("status", equalTo("ENDED")).body("needStatus", equalTo("OPEN"))
                .body("endReason", equalTo("孩子随***搬到外地"));
        given().get("/api/needs/" + need).then().body("status", equalTo("OPEN"));
        given().get("/api/households/" + household + "/timeline").then().body("items[0].kind", equalTo("PAIRING_ENDED"))
                .body("items[0].details.needStatus", equalTo("OPEN"));
        volunteer.request().get("/api/me/notifications").then().body("items[0].kind", equalTo("PAIRING_ENDED"));
        volunteer.request().get("/api/me/commitments").then().body("pairs.size()", equalTo(0));
        end(world.cadre, path, ending("再来一次", pair.getLong("version") + 1)).statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("/problems/commitment-ended"));
    }

    @Test
    void theVolunteerEndsTheirOwnPairTheWorkersAreToldAndACadreCanMarkAnotherMet() {
        MatchingWorld world = new MatchingWorld();
        TestUser worker = TestUsers.worker(world.areas.community);
        TestUser leaving = volunteerWithOnePlace(world, "TUTORING");
        TestUser staying = volunteerWithOnePlace(world, "TUTORING");
        long household = world.household();
        long firstNeed = world.longTermNeed(household, "TUTORING");
        long secondNeed = world.longTermNeed(world.household(), "TUTORING");
        JsonPath pairs = CommitmentHistory.accepted(world, "PAIRS");
        assertThat(pairs.getInt("totalItems")).isEqualTo(2);
        JsonPath own = onlyPairOf(pairs, leaving);

        end(leaving, "/api/matching/pairings/" + own.getLong("id") + "/end",
                ending("工作调动，无法继续", own.getLong("version")))
                .statusCode(200).body("needStatus", equalTo("OPEN"));
        worker.request().get("/api/me/notifications").then().body("items[0].kind", equalTo("PAIRING_ENDED"))
                .body("items[0].subject", equalTo("志愿者结束了结对（需求 #" + own.getLong("needId") + "）"));
        given().queryParam("householdId", own.getLong("householdId")).get("/api/matching/conflicts").then()
                .body("source", hasItem("LEFT_BY_VOLUNTEER"));

        JsonPath other = onlyPairOf(pairs, staying);
        end(world.cadre, "/api/matching/pairings/" + other.getLong("id") + "/end", completed("孩子成绩稳定，目标达成",
                other.getLong("version"))).statusCode(200).body("needStatus", equalTo("FULFILLED"));
        assertThat(List.of(firstNeed, secondNeed)).contains(own.getLong("needId"), other.getLong("needId"));
        staying.request().get("/api/me/notifications").then().body("items[0].kind", equalTo("PAIRING_ENDED"));
    }

    @Test
    void aVolunteerLeavesTheirSeatTheNextGroupsRunFillsItAndTheCadreEndsTheGroup() {
        MatchingWorld world = new MatchingWorld();
        given().contentType(ContentType.JSON).body(Map.of("name", "小组干部", "gender", "FEMALE", "unit", "街道妇联",
                "areaCode", world.areas.street, "capacity", 3)).post("/api/cadres").then().statusCode(201);
        TestUser leaving = TestUsers.volunteer(world.areas.compound, "COMPANIONSHIP");
        long household = world.household();
        long need = TestHouseholds.postNeed(household, "COMPANIONSHIP", "NORMAL");
        world.volunteer(world.areas.compound, "COMPANIONSHIP", 1);
        world.volunteer(world.areas.compound, "COMPANIONSHIP", 1);
        JsonPath group = onlyGroup(CommitmentHistory.accepted(world, "GROUPS"));
        assertThat(group.getList("members")).hasSize(3);
        long id = group.getLong("id");
        String departure = "/api/matching/groups/" + id + "/members/" + leaving.volunteerId() + "/departure";
        TestUser stranger = TestUsers.volunteer(TestAreas.create().compound, "COMPANIONSHIP");

        end(stranger, departure, ending("不想去了", group.getLong("version"))).statusCode(404);
        end(leaving, "/api/matching/groups/" + id + "/end", ending("结束吧", group.getLong("version"))).statusCode(403);
        end(leaving, departure, Map.of("reason", " ", "version", group.getLong("version"))).statusCode(400)
                .body("errors.field", hasItem("reason"));
        end(leaving, departure, ending("要照顾家里老人", group.getLong("version"))).statusCode(200)
                .body("status", equalTo("ACTIVE")).body("members", equalTo(2)).body("freeSeats", equalTo(1));
        end(leaving, departure, ending("要照顾家里老人", group.getLong("version") + 1)).statusCode(409)
                .body("type", equalTo("/problems/commitment-ended"));
        given().get("/api/households/" + household + "/timeline").then().body("items[0].kind",
                equalTo("SUPPORT_GROUP_LEFT"));
        given().get("/api/needs/" + need).then().body("status", equalTo("IN_PROGRESS"));
        world.cadre.request().get("/api/matching/groups?areaPrefix=" + world.areas.district).then()
                .body("items[0].members.size()", equalTo(2));

        long newcomer = world.volunteer(world.areas.compound, "COMPANIONSHIP", 1);
        JsonPath refilled = onlyGroup(CommitmentHistory.accepted(world, "GROUPS"));
        assertThat(refilled.getLong("id")).isEqualTo(id);
        assertThat(refilled.getList("members.volunteer.id", Long.class)).hasSize(3).contains(newcomer)
                .doesNotContain(leaving.volunteerId());

        end(world.cadre, "/api/matching/groups/" + id + "/end", ending("母亲找到稳定工作", refilled.getLong("version") - 1))
                .statusCode(409).body("type", equalTo("/problems/concurrent-update"));
        end(world.cadre, "/api/matching/groups/" + id + "/end", ending("母亲找到稳定工作", refilled.getLong("version")))
                .statusCode(200).body("status", equalTo("ENDED")).body("members", equalTo(0));
        given().get("/api/needs/" + need).then().body("status", equalTo("OPEN"));
        given().get("/api/households/" + household + "/timeline").then().body("items[0].kind",
                equalTo("SUPPORT_GROUP_ENDED"));
        world.cadre.request().get("/api/matching/groups?areaPrefix=" + world.areas.district).then().body("totalItems",
                equalTo(0));
        end(world.cadre, "/api/matching/groups/" + id + "/end", ending("再来", refilled.getLong("version") + 1))
                .statusCode(409).body("type", equalTo("/problems/commitment-ended"));
    }

    /** A volunteer with an account and a single place, so each of them takes exactly one need. */
    private static TestUser volunteerWithOnePlace(MatchingWorld world, String skill) {
        TestUser volunteer = TestUsers.volunteer(world.areas.compound, skill);
        MatchingWorld.setCapacity(volunteer.volunteerId(), 1);
        return volunteer;
    }

    private static JsonPath onlyPairOf(MatchingWorld world, TestUser volunteer) {
        return onlyPairOf(CommitmentHistory.accepted(world, "PAIRS"), volunteer);
    }

    private static JsonPath onlyPairOf(JsonPath pairs, TestUser volunteer) {
        List<Map<String, Object>> items = pairs.getList("items");
        List<Map<String, Object>> own = items.stream()
                .filter(p -> ((Number) ((Map<?, ?>) p.get("volunteer")).get("id")).longValue() == volunteer
                        .volunteerId())
                .toList();
        assertThat(own).as("pairs of volunteer " + volunteer.volunteerId()).hasSize(1);
        return new JsonPath(toJson(own.get(0)));
    }

    private static JsonPath onlyGroup(JsonPath groups) {
        assertThat(groups.getInt("totalItems")).isEqualTo(1);
        return new JsonPath(toJson(groups.getMap("items[0]")));
    }

    private static String toJson(Map<?, ?> map) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(map);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ValidatableResponse end(TestUser as, String path, Map<String, Object> body) {
        return as.request().contentType(ContentType.JSON).body(body).post(path).then();
    }

    private static Map<String, Object> ending(String reason, long version) {
        return Map.of("reason", reason, "version", version);
    }

    private static Map<String, Object> completed(String reason, long version) {
        Map<String, Object> body = new HashMap<>(ending(reason, version));
        body.put("completed", true);
        return body;
    }
}
