package org.tongxing.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.tongxing.common.ChinaTime;
import org.tongxing.matching.commitment.QuietAlerts;
import org.tongxing.support.TestHouseholds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * A pair and a 1+3+1 group after the match, the whole life through the API: a trial that the volunteer confirms
 * and the family consents to, the handover within the privacy rules, contacts that count as services, a quiet
 * alert after a gap, the formal stage and an ending whose kind decides whether the two are kept apart.
 */
@QuarkusTest
class CommitmentLifeTest {

    @Inject
    QuietAlerts alerts;

    @Inject
    DataSource db;

    @Test
    void aPairGoesFromTrialThroughConsentHandoverContactsAndAQuietAlertToFormalAndEnds() {
        MatchingWorld world = new MatchingWorld();
        TestUser volunteer = volunteerWithPhone(world, "TUTORING", "13800000001");
        long household = world.household();
        long need = world.longTermNeed(household, "TUTORING");
        TestUser family = TestUsers.family(household, world.areas.compound);
        JsonPath pair = onlyItem(CommitmentHistory.accepted(world, "PAIRS"));
        long id = pair.getLong("id");
        String path = "/api/matching/pairings/" + id;
        assertThat(pair.getString("course.stage")).isEqualTo("TRIAL");
        assertThat(pair.getString("course.answer")).isEqualTo("PENDING");

        // Before both sides said yes: nothing more than before (the need stays out of reach, no contact, no log)
        volunteer.request().get("/api/needs/" + need).then().statusCode(404);
        volunteer.request().get(path + "/handover").then().statusCode(200).body("handedOver", equalTo(false))
                .body("family", nullValue()).body("needs", nullValue());
        family.request().get("/api/me/helpers").then().statusCode(200).body("helpers.size()", equalTo(0));
        post(world.cadre, path + "/formalisation", Map.of("version", pair.getLong("version"))).statusCode(409)
                .body("type", equalTo("/problems/invalid-state"));
        post(family, path + "/answer", Map.of("confirm", true, "version", pair.getLong("version"))).statusCode(403);
        assertThat(disclosures(household)).isZero();

        long version = post(volunteer, path + "/answer", Map.of("confirm", true, "sharePhone", true, "version",
                pair.getLong("version"))).statusCode(200).body("volunteerAnswer", equalTo("CONFIRMED"))
                .body("handedOver", equalTo(false)).extract().jsonPath().getLong("version");
        volunteer.request().get(path + "/handover").then().body("handedOver", equalTo(false));
        version = post(family, path + "/household-consent", Map.of("version", version)).statusCode(200)
                .body("handedOver", equalTo(true)).extract().jsonPath().getLong("version");

        // The handover: the family's contact (it consented to sharing), the need, the case workers; logged
        volunteer.request().get(path + "/handover").then().statusCode(200).body("handedOver", equalTo(true))
                .body("family.name", equalTo("林秀梅")).body("family.phone", equalTo("13905990001"))
                .body("needs[0].id", equalTo((int) need)).body("needs[0].description", not(nullValue()));
        volunteer.request().get("/api/needs/" + need).then().statusCode(200).body("view", equalTo("CLAIMANT"))
                .body("contact.name", equalTo("林秀梅")).body("householdId", nullValue());
        assertThat(disclosures(household)).isEqualTo(2);
        given().queryParam("householdId", household).get("/api/disclosures").then()
                .body("items.purpose", hasItem("COMMITMENT_HANDOVER"));
        family.request().get("/api/me/helpers").then().body("helpers[0].name", not(nullValue()))
                .body("helpers[0].phone", equalTo("13800000001")).body("helpers[0].kind", equalTo("PAIRING"));

        // Three contacts, each one service of the pair; a gap of 40 days then makes it quiet, once
        LocalDate today = ChinaTime.today();
        for (int i = 3; i >= 1; i--) {
            post(volunteer, path + "/contacts", contact(today.minusDays(i), "1.5", List.of("志愿者", "孩子")))
                    .statusCode(201).body("personTimes", equalTo(2));
        }
        volunteer.request().get(path + "/contacts").then().body("size()", equalTo(3));
        volunteer.request().queryParams(Map.of("groupBy", "PAIRING")).get("/api/service-records").then()
                .body("find { it.key == '" + id + "' }.services", equalTo(3))
                .body("find { it.key == '" + id + "' }.hours", equalTo(4.5f))
                .body("find { it.key == '" + id + "' }.personTimes", equalTo(6));
        sql("update pairing set last_contact_on = ? where id = ?", today.minusDays(40), id);
        assertThat(alerts.run(Instant.now()).quiet()).isPositive();
        volunteer.request().get("/api/me/notifications").then().body("items[0].kind", equalTo("COMMITMENT_QUIET"));
        world.cadre.request().get("/api/matching/pairings?sort=-quiet&areaPrefix=" + world.areas.district).then()
                .body("items[0].id", equalTo((int) id)).body("items[0].course.quietLevel", equalTo(1));
        int sentBefore = notifications(volunteer);
        alerts.run(Instant.now());
        assertThat(notifications(volunteer)).as("no second alert at the same level").isEqualTo(sentBefore);

        // The mid-term review: each side its part; a stranger finds no pair
        put(family, path + "/reviews/MIDTERM", Map.of("rating", 5, "comment", "孩子很喜欢这位老师")).statusCode(200)
                .body("familyRating", equalTo(5));
        put(volunteer, path + "/reviews/MIDTERM", Map.of("rating", 4)).statusCode(200).body("volunteerRating",
                equalTo(4)).body("familyRating", equalTo(5));
        put(world.cadre, path + "/reviews/MIDTERM", Map.of("rating", 4)).statusCode(400)
                .body("type", equalTo("/problems/validation-failed"));
        put(world.cadre, path + "/reviews/MIDTERM", Map.of("outcomes", Map.of("SCHOOLING", "SAME", "PSYCHOLOGY",
                "SAME"))).statusCode(200).body("improved", equalTo(false));
        put(TestUsers.volunteer(world.areas.compound, "TUTORING"), path + "/reviews/MIDTERM", Map.of("rating", 1))
                .statusCode(404);

        version = world.cadre.request().get("/api/matching/pairings?areaPrefix=" + world.areas.district).jsonPath()
                .getLong("items[0].version");
        version = post(world.cadre, path + "/formalisation", Map.of("version", version)).statusCode(200)
                .body("stage", equalTo("FORMAL")).extract().jsonPath().getLong("version");
        volunteer.request().get("/api/me/notifications").then().body("items[0].kind", equalTo("COMMITMENT_FORMAL"));

        // The final review decides the statistics: one pair judged, and improved in schooling
        put(world.cadre, path + "/reviews/FINAL", Map.of("outcomes", Map.of("SCHOOLING", "BETTER", "HEALTH", "SAME")))
                .statusCode(200).body("improved", equalTo(true));
        put(world.cadre, path + "/reviews/FINAL", Map.of("rating", 5, "forFamily", true)).statusCode(200)
                .body("familyRating", equalTo(5)).body("improved", equalTo(true));
        family.request().get(path + "/reviews").then().statusCode(200).body("kind", equalTo(List.of("MIDTERM",
                "FINAL")));
        given().queryParam("area", world.areas.district).get("/api/statistics").then()
                .body("pairings.reviewed", equalTo(1)).body("pairings.improved", equalTo(1));

        // Moving away ends it without keeping anyone apart
        post(volunteer, path + "/end", Map.of("reason", "我搬到外地了", "kind", "MOVED_AWAY", "version", version))
                .statusCode(200).body("status", equalTo("ENDED"));
        given().queryParam("householdId", household).get("/api/matching/conflicts").then().body("size()",
                equalTo(0));
    }

    @Test
    void aGroupsMembersSeeEachOtherAfterConsentAndABadFitDeclineKeepsThemApart() {
        MatchingWorld world = new MatchingWorld();
        given().contentType(ContentType.JSON).body(Map.of("name", "小组干部", "gender", "FEMALE", "unit", "街道妇联",
                "areaCode", world.areas.street, "capacity", 3, "phone", "13700000000")).post("/api/cadres").then()
                .statusCode(201);
        TestUser first = volunteerWithPhone(world, "COMPANIONSHIP", "13800000011");
        TestUser second = volunteerWithPhone(world, "COMPANIONSHIP", "13800000012");
        TestUser third = volunteerWithPhone(world, "COMPANIONSHIP", "13800000013");
        long household = world.household();
        TestHouseholds.postNeed(household, "COMPANIONSHIP", "NORMAL");
        JsonPath group = onlyItem(CommitmentHistory.accepted(world, "GROUPS"));
        long id = group.getLong("id");
        String path = "/api/matching/groups/" + id;
        assertThat(group.getList("members.answer")).containsOnly("PENDING");

        first.request().get(path + "/handover").then().body("handedOver", equalTo(false)).body("members",
                nullValue());
        long version = answer(first, path, first, true, true, group.getLong("version"));
        version = answer(second, path, second, true, false, version);
        post(third, path + "/members/" + first.volunteerId() + "/answer", Map.of("confirm", true, "version", version))
                .statusCode(403);
        version = post(third, path + "/members/" + third.volunteerId() + "/answer", Map.of("confirm", false, "reason",
                "性格不合适", "kind", "BAD_FIT", "version", version)).statusCode(200).extract().jsonPath()
                .getLong("version");
        given().queryParam("householdId", household).get("/api/matching/conflicts").then()
                .body("source", hasItem("BAD_FIT"));
        post(world.cadre, path + "/household-consent", Map.of("version", version)).statusCode(200)
                .body("householdConsented", equalTo(true));

        first.request().get(path + "/handover").then().statusCode(200).body("handedOver", equalTo(true))
                .body("lead.name", equalTo("小组干部")).body("lead.phone", equalTo("13700000000"))
                .body("members.size()", equalTo(2)).body("members.phone", hasItem("13800000011"))
                .body("members.phone", not(hasItem("13800000012"))).body("family.name", equalTo("林秀梅"));
        third.request().get(path + "/handover").then().statusCode(404);

        post(second, path + "/contacts", contact(ChinaTime.today(), "2", List.of("志愿者", "母亲", "孩子")))
                .statusCode(201);
        given().queryParams(Map.of("groupBy", "SOURCE")).get("/api/service-records").then()
                .body("key", hasItem("GROUP"));
    }

    @Test
    void aTrialTheVolunteerLeavesUnansweredReturnsToTheCadreAndBansNobody() {
        MatchingWorld world = new MatchingWorld();
        volunteerWithPhone(world, "TUTORING", "13800000021");
        long household = world.household();
        long need = world.longTermNeed(household, "TUTORING");
        long id = onlyItem(CommitmentHistory.accepted(world, "PAIRS")).getLong("id");
        sql("update pairing set volunteer_answer_due = now() - interval '1 day' where id = ?", null, id);

        assertThat(alerts.run(Instant.now()).unanswered()).isPositive();
        given().get("/api/needs/" + need).then().body("status", equalTo("OPEN"));
        world.cadre.request().get("/api/matching/pairings?status=ENDED&areaPrefix=" + world.areas.district).then()
                .body("items[0].id", equalTo((int) id));
        given().queryParam("householdId", household).get("/api/matching/conflicts").then().body("size()",
                equalTo(0));
    }

    @Test
    void aCadrePairsByHandUnderTheSolversRulesAndTheNextRunKeepsThePair() {
        MatchingWorld world = new MatchingWorld();
        TestUser tutor = volunteerWithPhone(world, "TUTORING", "13800000041");
        TestUser companion = volunteerWithPhone(world, "COMPANIONSHIP", "13800000042");
        long household = world.household();
        long need = world.longTermNeed(household, "TUTORING");

        post(world.cadre, "/api/matching/pairings", Map.of("needId", need, "volunteerId", companion.volunteerId()))
                .statusCode(409).body("type", equalTo("/problems/invalid-state"))
                .body("detail", org.hamcrest.Matchers.containsString("does not offer what is asked"));
        post(TestUsers.worker(org.tongxing.support.TestAreas.create().community), "/api/matching/pairings",
                Map.of("needId", need, "volunteerId", tutor.volunteerId())).statusCode(404);
        long id = post(world.cadre, "/api/matching/pairings", Map.of("needId", need, "volunteerId",
                tutor.volunteerId())).statusCode(201).body("stage", equalTo("TRIAL"))
                .body("volunteerAnswer", equalTo("PENDING")).extract().jsonPath().getLong("id");
        given().get("/api/needs/" + need).then().body("status", equalTo("IN_PROGRESS"));
        long another = world.longTermNeed(household, "TUTORING");
        post(world.cadre, "/api/matching/pairings", Map.of("needId", another, "volunteerId", tutor.volunteerId()))
                .statusCode(409).body("detail", org.hamcrest.Matchers.containsString("no free place"));

        JsonPath after = CommitmentHistory.accepted(world, "PAIRS");
        assertThat(after.getList("items.id", Long.class)).containsExactly(id);
        given().get("/api/households/" + household + "/timeline").then().body("items.details.byHand", hasItem(true));
    }

    private long answer(TestUser as, String path, TestUser self, boolean confirm, boolean share, long version) {
        return post(as, path + "/members/" + self.volunteerId() + "/answer", Map.of("confirm", confirm, "sharePhone",
                share, "version", version)).statusCode(200).extract().jsonPath().getLong("version");
    }

    private static Map<String, Object> contact(LocalDate on, String hours, List<String> participants) {
        return Map.of("contactedOn", on.toString(), "hours", new BigDecimal(hours), "channel", "HOME_VISIT",
                "participants", participants, "dimensions", List.of("SCHOOLING", "PSYCHOLOGY"), "summary",
                "辅导数学作业，聊了学校的事");
    }

    /** A volunteer with an account, a single place and a phone, so each of them takes exactly one need. */
    static TestUser volunteerWithPhone(MatchingWorld world, String skill, String phone) {
        TestUser volunteer = TestUsers.volunteer(world.areas.compound, skill);
        JsonPath v = given().get("/api/volunteers/" + volunteer.volunteerId()).jsonPath();
        Map<String, Object> body = new HashMap<>();
        for (String field : List.of("name", "gender", "areaCode", "skills", "languages", "availability")) {
            body.put(field, v.get(field));
        }
        body.put("capacity", 1);
        body.put("phone", phone);
        body.put("version", v.getLong("version"));
        given().contentType(ContentType.JSON).body(body).put("/api/volunteers/" + volunteer.volunteerId()).then()
                .statusCode(200);
        return volunteer;
    }

    private static JsonPath onlyItem(JsonPath list) {
        assertThat(list.getInt("totalItems")).isEqualTo(1);
        try {
            return new JsonPath(new com.fasterxml.jackson.databind.ObjectMapper()
                    .writeValueAsString(list.getMap("items[0]")));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ValidatableResponse post(TestUser as, String path, Map<String, Object> body) {
        return as.request().contentType(ContentType.JSON).body(body).post(path).then();
    }

    private static ValidatableResponse put(TestUser as, String path, Map<String, Object> body) {
        return as.request().contentType(ContentType.JSON).body(body).put(path).then();
    }

    private static int disclosures(long household) {
        return given().queryParam("householdId", household).get("/api/disclosures").jsonPath().getInt("totalItems");
    }

    private static int notifications(TestUser user) {
        return user.request().get("/api/me/notifications").jsonPath().getList("items").size();
    }

    private void sql(String statement, LocalDate date, long id) {
        try (Connection c = db.getConnection(); PreparedStatement update = c.prepareStatement(statement)) {
            int i = 1;
            if (date != null) {
                update.setObject(i++, date);
            }
            update.setLong(i, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
