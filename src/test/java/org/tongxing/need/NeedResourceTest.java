package org.tongxing.need;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.support.Concurrently;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestHouseholds;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class NeedResourceTest {

    @Test
    void aPostedNeedStartsOpenAtCommunityLevelInTheHouseholdsArea() {
        TestAreas areas = TestAreas.create();
        long household = TestHouseholds.open(areas.compound);
        long child = given().get("/api/households/" + household).jsonPath()
                .getLong("members.find { it.relation == 'CHILD' }.id");
        var body = need(household, "TUTORING", "HIGH");
        body.put("memberId", child);
        body.put("wantedBy", LocalDate.now().plusDays(30).toString());
        var response = given().contentType(ContentType.JSON).body(body).post("/api/needs");
        long id = response.then().statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("visibility", equalTo("COMMUNITY"))
                .body("areaCode", equalTo(areas.compound))
                .body("memberId", equalTo((int) child))
                .extract().jsonPath().getLong("id");
        assertThat(response.header("Location")).endsWith("/api/needs/" + id);
        given().get("/api/needs/" + id).then().statusCode(200).body("urgency", equalTo("HIGH"));
        given().get("/api/households/" + household + "/timeline").then()
                .body("items.find { it.kind == 'NEED_POSTED' }.needId", equalTo((int) id));
    }

    @Test
    void theListFiltersAndPutsTheMostUrgentFirst() {
        TestAreas areas = TestAreas.create();
        long household = TestHouseholds.open(areas.compound);
        TestHouseholds.postNeed(household, "TUTORING", "LOW");
        long critical = TestHouseholds.postNeed(household, "DAILY_LIVING", "CRITICAL");
        TestHouseholds.postNeed(household, "TUTORING", "HIGH");
        long cancelled = TestHouseholds.postNeed(household, "LEGAL_AID", "NORMAL");
        given().contentType(ContentType.JSON).body(Map.of("reason", "已解决", "version", 0))
                .post("/api/needs/" + cancelled + "/cancellation").then().statusCode(200);

        given().queryParam("areaPrefix", areas.district).get("/api/needs").then().statusCode(200)
                .body("totalItems", equalTo(4))
                .body("items.urgency", equalTo(List.of("CRITICAL", "HIGH", "NORMAL", "LOW")))
                .body("items[0].id", equalTo((int) critical));
        given().queryParams(Map.of("areaPrefix", areas.district, "category", "TUTORING")).get("/api/needs").then()
                .body("items", hasSize(2)).body("items.category", everyItem(equalTo("TUTORING")));
        given().queryParams(Map.of("areaPrefix", areas.district, "status", "CANCELLED")).get("/api/needs").then()
                .body("items.id", equalTo(List.of((int) cancelled)));
        given().queryParams(Map.of("areaPrefix", areas.district, "urgency", "LOW", "visibility", "COMMUNITY"))
                .get("/api/needs").then().body("items", hasSize(1));
        given().queryParams(Map.of("areaPrefix", areas.district, "visibility", "PUBLIC")).get("/api/needs").then()
                .body("totalItems", equalTo(0));
        given().queryParams(Map.of("householdId", household, "sort", "urgency")).get("/api/needs").then()
                .body("items[0].urgency", equalTo("LOW"));
    }

    @Test
    void editingNeedsTheCurrentVersionAndIsRecorded() {
        long household = TestHouseholds.open(TestAreas.create().compound);
        long id = TestHouseholds.postNeed(household, "TUTORING", "NORMAL");
        var edit = need(household, "TUTORING", "HIGH");
        edit.put("version", 0);
        given().contentType(ContentType.JSON).body(edit).put("/api/needs/" + id).then().statusCode(200)
                .body("urgency", equalTo("HIGH")).body("version", equalTo(1));
        given().contentType(ContentType.JSON).body(edit).put("/api/needs/" + id).then().statusCode(409)
                .body("type", equalTo("/problems/concurrent-update"));
        given().get("/api/households/" + household + "/timeline").then()
                .body("items.find { it.kind == 'NEED_UPDATED' }.details.fields", equalTo(List.of("urgency")));
    }

    @Test
    void concurrentEditsOfOneNeedLetExactlyOneWin() throws Exception {
        long household = TestHouseholds.open(TestAreas.create().compound);
        long id = TestHouseholds.postNeed(household, "TUTORING", "NORMAL");
        List<Integer> statuses = Concurrently.run(6, i -> {
            var edit = need(household, "TUTORING", "HIGH");
            edit.put("description", "并发修改第" + i + "次，孩子需要辅导");
            edit.put("version", 0);
            return given().contentType(ContentType.JSON).body(edit).put("/api/needs/" + id).statusCode();
        });
        assertThat(statuses).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
    }

    @Test
    void aCancelledNeedCannotBeEditedOrCancelledAgain() {
        long household = TestHouseholds.open(TestAreas.create().compound);
        long id = TestHouseholds.postNeed(household, "TUTORING", "NORMAL");
        given().contentType(ContentType.JSON).body(Map.of("reason", "家庭已搬离", "version", 0))
                .post("/api/needs/" + id + "/cancellation").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("家庭已搬离"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "再次取消", "version", 1))
                .post("/api/needs/" + id + "/cancellation").then().statusCode(409)
                .body("type", equalTo("/problems/invalid-state"));
        var edit = need(household, "TUTORING", "HIGH");
        edit.put("version", 1);
        given().contentType(ContentType.JSON).body(edit).put("/api/needs/" + id).then().statusCode(409)
                .body("type", equalTo("/problems/invalid-state"));
        given().get("/api/households/" + household + "/timeline").then().body("items.kind", hasItem("NEED_CANCELLED"));
    }

    @Test
    void referencesMustExistAndBelongTogether() {
        TestAreas areas = TestAreas.create();
        long household = TestHouseholds.open(areas.compound);
        long other = TestHouseholds.open(areas.compound);
        long strangerMember = given().get("/api/households/" + other).jsonPath().getLong("members[0].id");

        given().contentType(ContentType.JSON).body(need(999_999_999L, "TUTORING", "LOW")).post("/api/needs").then()
                .statusCode(422).body("type", equalTo("/problems/unknown-reference"))
                .body("errors[0].field", equalTo("householdId"));
        var body = need(household, "TUTORING", "LOW");
        body.put("memberId", strangerMember);
        given().contentType(ContentType.JSON).body(body).post("/api/needs").then()
                .statusCode(422).body("type", equalTo("/problems/inconsistent-reference"));
        long id = TestHouseholds.postNeed(household, "TUTORING", "LOW");
        var move = need(other, "TUTORING", "LOW");
        move.put("version", 0);
        given().contentType(ContentType.JSON).body(move).put("/api/needs/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("householdId"));
    }

    @Test
    void badValuesAreRefusedWithTheFieldNamed() {
        long household = TestHouseholds.open(TestAreas.create().compound);
        var body = need(household, "TUTORING", "LOW");
        body.put("description", "x".repeat(2001));
        body.put("wantedBy", LocalDate.now().minusDays(1).toString());
        given().contentType(ContentType.JSON).body(body).post("/api/needs").then().statusCode(400)
                .body("errors.field", hasItem("description"));
        body.put("description", "孩子需要辅导功课");
        given().contentType(ContentType.JSON).body(body).post("/api/needs").then().statusCode(400)
                .body("errors.field", equalTo(List.of("wantedBy")));
        body.put("category", "ASTROLOGY");
        given().contentType(ContentType.JSON).body(body).post("/api/needs").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-field-type"))
                .body("errors[0].field", equalTo("category"));
        given().get("/api/needs/999999999").then().statusCode(404);
    }

    static Map<String, Object> need(long household, String category, String urgency) {
        Map<String, Object> need = new HashMap<>();
        need.put("householdId", household);
        need.put("category", category);
        need.put("description", "孩子需要每周两次数学辅导");
        need.put("urgency", urgency);
        return need;
    }
}
