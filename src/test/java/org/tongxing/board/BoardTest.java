package org.tongxing.board;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestHouseholds;
import org.tongxing.support.TestNeeds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class BoardTest {

    @Test
    void aNeedReachesTheBoardOfThoseItWasEscalatedTo() {
        TestAreas areas = TestAreas.create();
        String otherStreet = areas.district + "002";
        given().contentType(ContentType.JSON).body(Map.of("code", otherStreet, "nameZh", "另一街道", "nameEn", "Other"))
                .post("/api/areas").then().statusCode(201);
        long household = TestHouseholds.open(areas.compound);
        long need = TestHouseholds.postNeed(household, "TUTORING", "NORMAL");
        TestUser sameStreet = TestUsers.volunteer(areas.compound, "TUTORING");
        TestUser sameDistrict = TestUsers.account("ORG_MEMBER", otherStreet,
                Map.of("organisationId", TestUsers.organisationMember(otherStreet, "TUTORING").organisationId()));
        TestUser elsewhere = TestUsers.volunteer(TestAreas.create().compound, "TUTORING");

        assertThat(boardIds(sameStreet, areas.district)).doesNotContain(need);
        escalate(need, 0);
        assertThat(boardIds(sameStreet, areas.district)).contains(need);
        assertThat(boardIds(sameDistrict, areas.district)).doesNotContain(need);
        escalate(need, 1);
        assertThat(boardIds(sameDistrict, areas.district)).contains(need);
        assertThat(boardIds(elsewhere, areas.district)).doesNotContain(need);
        escalate(need, 2);
        assertThat(boardIds(elsewhere, areas.district)).contains(need);
    }

    @Test
    void theBoardShowsOnlyThePublicFormWithRedactedText() {
        TestAreas areas = TestAreas.create();
        long household = TestHouseholds.open(areas.compound);
        Map<String, Object> body = new HashMap<>();
        body.put("householdId", household);
        body.put("category", "TUTORING");
        body.put("urgency", "HIGH");
        body.put("description", "林小雨需要数学辅导，请联系林秀梅13905990001，身份证350799198803020029");
        long need = given().contentType(ContentType.JSON).body(body).post("/api/needs").jsonPath().getLong("id");
        TestNeeds.openToPublic(need);
        TestUser volunteer = TestUsers.volunteer(areas.compound, "TUTORING");

        JsonPath board = volunteer.request().queryParam("areaPrefix", areas.district).get("/api/open-needs").jsonPath();
        Map<String, Object> shown = board.getMap("items.find { it.need.id == " + need + " }.need");
        assertThat(shown).doesNotContainKeys("householdId", "memberId", "version", "contact");
        assertThat(shown.get("view")).isEqualTo("PUBLIC");
        assertThat(shown.get("areaCode")).isEqualTo(areas.street);
        assertThat((String) shown.get("description")).doesNotContain("林小雨", "林秀梅", "秀梅", "小雨", "13905990001",
                "350799198803020029").contains("需要数学辅导");
        assertThat(board.getMap("items.find { it.need.id == " + need + " }.need.household"))
                .containsEntry("composition", "SINGLE_MOTHER").containsEntry("children", 1);
    }

    @Test
    void searchRunsOverTheRedactedTextOnly() {
        TestAreas areas = TestAreas.create();
        long household = TestHouseholds.open(areas.compound);
        Map<String, Object> body = new HashMap<>(Map.of("householdId", household, "category", "TUTORING",
                "urgency", "HIGH", "description", "林小雨想学习书法，每周一次"));
        long need = given().contentType(ContentType.JSON).body(body).post("/api/needs").jsonPath().getLong("id");
        TestNeeds.openToPublic(need);
        TestUser volunteer = TestUsers.volunteer(areas.compound, "TUTORING");
        assertThat(search(volunteer, areas.district, "书法")).containsExactly(need);
        assertThat(search(volunteer, areas.district, "林小雨")).isEmpty();
        assertThat(search(volunteer, areas.district, "%")).isEmpty();
    }

    @Test
    void searchIgnoresTheCaseOfLatinLettersButMatchesChineseAsWritten() {
        TestAreas areas = TestAreas.create();
        long household = TestHouseholds.open(areas.compound);
        Map<String, Object> body = new HashMap<>(Map.of("householdId", household, "category", "TUTORING",
                "urgency", "NORMAL", "description", "初中生想学Python编程，每周一次"));
        long need = given().contentType(ContentType.JSON).body(body).post("/api/needs").jsonPath().getLong("id");
        TestNeeds.openToPublic(need);
        TestUser volunteer = TestUsers.volunteer(areas.compound, "TUTORING");
        assertThat(search(volunteer, areas.district, "python")).containsExactly(need);
        assertThat(search(volunteer, areas.district, "PYTHON编程")).containsExactly(need);
        assertThat(search(volunteer, areas.district, "学Python编程")).containsExactly(need);
        assertThat(search(volunteer, areas.district, "编程课")).isEmpty();
    }

    @Test
    void filtersNarrowTheBoardAndItIsOrderedByUrgencyThenAge() {
        TestAreas areas = TestAreas.create();
        long household = TestHouseholds.open(areas.compound);
        long low = publicNeed(household, "TUTORING", "LOW", null);
        long critical = publicNeed(household, "DAILY_LIVING", "CRITICAL", LocalDate.now().plusDays(3));
        long highOld = publicNeed(household, "TUTORING", "HIGH", LocalDate.now().plusDays(30));
        long highNew = publicNeed(household, "TUTORING", "HIGH", null);
        TestUser volunteer = TestUsers.volunteer(areas.compound, "TUTORING");

        assertThat(boardIds(volunteer, areas.district)).containsExactly(critical, highOld, highNew, low);
        assertThat(ids(volunteer.request().queryParams(Map.of("areaPrefix", areas.district, "category", "TUTORING"))
                .get("/api/open-needs").jsonPath())).containsExactly(highOld, highNew, low);
        assertThat(ids(volunteer.request().queryParams(Map.of("areaPrefix", areas.district, "urgency", "HIGH"))
                .get("/api/open-needs").jsonPath())).containsExactly(highOld, highNew);
        assertThat(ids(volunteer.request().queryParams(Map.of("areaPrefix", areas.district,
                "wantedBefore", LocalDate.now().plusDays(10).toString())).get("/api/open-needs").jsonPath()))
                .containsExactly(critical);
        volunteer.request().queryParam("areaPrefix", areas.district).get("/api/open-needs").then()
                .body("items.find { it.need.id == " + critical + " }.claimable", equalTo(false))
                .body("items.find { it.need.id == " + low + " }.claimable", equalTo(true));
    }

    @Test
    void keysetPagesWalkTheWholeBoardWithoutGapsOrRepeats() {
        TestAreas areas = TestAreas.create();
        long household = TestHouseholds.open(areas.compound);
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            all.add(publicNeed(household, "TUTORING", i % 2 == 0 ? "HIGH" : "NORMAL", null));
        }
        TestUser volunteer = TestUsers.volunteer(areas.compound, "TUTORING");
        List<Long> walked = new ArrayList<>();
        String cursor = null;
        do {
            var request = volunteer.request().queryParams(Map.of("areaPrefix", areas.district, "size", 3));
            JsonPath page = (cursor == null ? request : request.queryParam("cursor", cursor)).get("/api/open-needs")
                    .jsonPath();
            walked.addAll(ids(page));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertThat(walked).containsExactlyElementsOf(boardIds(volunteer, areas.district)).hasSize(7)
                .containsExactlyInAnyOrderElementsOf(all);
        volunteer.request().queryParam("cursor", "not-a-cursor").get("/api/open-needs").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-parameter")).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void claimedAndCancelledNeedsLeaveTheBoard() {
        TestAreas areas = TestAreas.create();
        long need = TestNeeds.publicNeed(areas.compound, "TUTORING");
        TestUser volunteer = TestUsers.volunteer(areas.compound, "TUTORING");
        volunteer.request().contentType(ContentType.JSON).body(TestNeeds.claimBody())
                .post("/api/needs/" + need + "/claims").then().statusCode(201);
        volunteer.request().queryParam("areaPrefix", areas.district).get("/api/open-needs").then()
                .body("items.need.id", not(hasItem((int) need))).body("nextCursor", nullValue());
        TestUsers.family(TestNeeds.householdOf(need), areas.compound).request().get("/api/open-needs").then()
                .statusCode(403);
    }

    private static long publicNeed(long household, String category, String urgency, LocalDate wantedBy) {
        Map<String, Object> body = new HashMap<>(Map.of("householdId", household, "category", category,
                "urgency", urgency, "description", "需要志愿者帮忙，谢谢"));
        if (wantedBy != null) {
            body.put("wantedBy", wantedBy.toString());
        }
        long need = given().contentType(ContentType.JSON).body(body).post("/api/needs").jsonPath().getLong("id");
        TestNeeds.openToPublic(need);
        return need;
    }

    private static void escalate(long need, int version) {
        given().contentType(ContentType.JSON).body(Map.of("reason", "社区暂无资源", "version", version))
                .post("/api/needs/" + need + "/escalation").then().statusCode(200);
    }

    private static List<Long> boardIds(TestUser viewer, String areaPrefix) {
        return ids(viewer.request().queryParams(Map.of("areaPrefix", areaPrefix, "size", 100)).get("/api/open-needs")
                .then().statusCode(200).extract().jsonPath());
    }

    private static List<Long> search(TestUser viewer, String areaPrefix, String q) {
        return ids(viewer.request().queryParams(Map.of("areaPrefix", areaPrefix, "q", q)).get("/api/open-needs")
                .jsonPath());
    }

    private static List<Long> ids(JsonPath page) {
        return page.getList("items.need.id", Long.class);
    }
}
