package org.tongxing.household;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.support.Concurrently;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestHouseholds;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class HouseholdResourceTest {

    @Test
    void openingAFileWithMembersReturns201WithLocationAndMarksTheMinor() {
        TestAreas areas = TestAreas.create();
        var mother = TestHouseholds.mother();
        mother.put("idNumber", TestHouseholds.idNumber("1988-03-02", "FEMALE"));
        var body = TestHouseholds.body(areas.compound,
                List.of(mother, TestHouseholds.child("林小雨", "2016-09-01", "FEMALE"),
                        TestHouseholds.child("林大山", "2008-01-15", "MALE")));

        var response = given().contentType(ContentType.JSON).body(body).post("/api/households");
        var created = response.then().statusCode(201)
                .body("areaCode", equalTo(areas.compound))
                .body("followUpInterval", equalTo("P1M"))
                .body("members", hasSize(3))
                .body("members.find { it.name == '林小雨' }.minor", equalTo(true))
                .body("members.find { it.name == '林小雨' }.under14", equalTo(true))
                .body("members.find { it.name == '林大山' }.minor", equalTo(false))
                .body("consent.recordedAt", notNullValue())
                .extract().jsonPath();
        long id = created.getLong("id");
        assertThat(response.header("Location")).endsWith("/api/households/" + id);
        long motherId = created.getLong("members.find { it.name == '林秀梅' }.id");
        assertThat(created.getLong("contactMemberId")).isEqualTo(motherId);

        given().get("/api/households/" + id).then().statusCode(200).body("members", hasSize(3));
        given().get("/api/households/" + id + "/timeline").then().statusCode(200)
                .body("items.kind", hasItem("HOUSEHOLD_OPENED"))
                .body("items.findAll { it.kind == 'MEMBER_ADDED' }", hasSize(3))
                .body("items.actor", hasItem("admin"));
    }

    @Test
    void theListFiltersByAreaTierAndCategoryAndPages() {
        TestAreas areas = TestAreas.create();
        String otherCompound = areas.anotherCompound(2);
        TestHouseholds.open(areas.compound);
        TestHouseholds.open(areas.compound);
        var stable = TestHouseholds.body(otherCompound, List.of(TestHouseholds.child("陈小明", "2015-02-03", "MALE")));
        stable.put("tier", "STABLE");
        stable.put("hardshipCategory", "MARGINAL");
        stable.put("composition", "UNSUPPORTED_CHILDREN");
        given().contentType(ContentType.JSON).body(stable).post("/api/households").then().statusCode(201);

        given().queryParam("areaPrefix", areas.district).get("/api/households").then().statusCode(200)
                .body("totalItems", equalTo(3)).body("items", hasSize(3));
        given().queryParam("areaPrefix", otherCompound).get("/api/households").then()
                .body("totalItems", equalTo(1)).body("items[0].minorCount", equalTo(1));
        given().queryParams(Map.of("areaPrefix", areas.district, "tier", "STABLE")).get("/api/households").then()
                .body("totalItems", equalTo(1)).body("items[0].composition", equalTo("UNSUPPORTED_CHILDREN"));
        given().queryParams(Map.of("areaPrefix", areas.district, "hardshipCategory", "MINIMUM_ALLOWANCE"))
                .get("/api/households").then().body("totalItems", equalTo(2));
        given().queryParams(Map.of("areaPrefix", areas.district, "size", 2, "page", 1, "sort", "createdAt"))
                .get("/api/households").then().statusCode(200)
                .body("items", hasSize(1)).body("page", equalTo(1)).body("totalPages", equalTo(2));
    }

    @Test
    void anUpdateWithTheCurrentVersionIsAppliedAndRecordedOnTheTimeline() {
        TestAreas areas = TestAreas.create();
        long id = TestHouseholds.open(areas.compound);
        JsonPath current = given().get("/api/households/" + id).jsonPath();

        var update = updateBody(areas.compound, current.getLong("version"));
        update.put("tier", "REGULAR");
        update.put("consent", Map.of("dataProcessing", true, "shareContact", false));
        given().contentType(ContentType.JSON).body(update).put("/api/households/" + id).then().statusCode(200)
                .body("tier", equalTo("REGULAR"))
                .body("followUpInterval", equalTo("P3M"))
                .body("consent.shareContact", equalTo(false))
                .body("version", equalTo(current.getInt("version") + 1));

        given().get("/api/households/" + id + "/timeline").then()
                .body("items.kind", hasItem("HOUSEHOLD_UPDATED"))
                .body("items.kind", hasItem("CONSENT_CHANGED"))
                .body("items.find { it.kind == 'HOUSEHOLD_UPDATED' }.details.fields", contains("tier"));
    }

    @Test
    void anUpdateWithAStaleVersionIs409AndChangesNothing() {
        TestAreas areas = TestAreas.create();
        long id = TestHouseholds.open(areas.compound);
        long version = given().get("/api/households/" + id).jsonPath().getLong("version");
        var first = updateBody(areas.compound, version);
        first.put("tier", "STABLE");
        given().contentType(ContentType.JSON).body(first).put("/api/households/" + id).then().statusCode(200);

        var stale = updateBody(areas.compound, version);
        stale.put("tier", "REGULAR");
        given().contentType(ContentType.JSON).body(stale).put("/api/households/" + id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/concurrent-update"));
        given().get("/api/households/" + id).then().body("tier", equalTo("STABLE"));
    }

    @Test
    void concurrentUpdatesOfTheSameVersionLetExactlyOneWin() throws Exception {
        TestAreas areas = TestAreas.create();
        for (int round = 0; round < 5; round++) {
            long id = TestHouseholds.open(areas.compound);
            long version = given().get("/api/households/" + id).jsonPath().getLong("version");
            List<Integer> statuses = Concurrently.run(8, i -> {
                var body = updateBody(areas.compound, version);
                body.put("summary", "edit " + i);
                return given().contentType(ContentType.JSON).body(body).put("/api/households/" + id).statusCode();
            });
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(7);
            assertThat(given().get("/api/households/" + id).jsonPath().getLong("version")).isEqualTo(version + 1);
        }
    }

    @Test
    void invalidBodiesAreRefusedFieldByFieldAndNothingIsStored() {
        TestAreas areas = TestAreas.create();
        var mother = TestHouseholds.mother();
        mother.put("phone", "12345");
        mother.put("idNumber", "350799198803020028");
        mother.put("name", "x".repeat(51));
        var body = TestHouseholds.body(areas.compound, List.of(mother));
        body.put("addressLine", " ");
        body.remove("tier");
        given().contentType(ContentType.JSON).body(body).post("/api/households").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors.field", containsInAnyOrder("addressLine", "tier", "members[0].phone",
                        "members[0].idNumber", "members[0].name"));
        given().queryParam("areaPrefix", areas.district).get("/api/households").then().body("totalItems", equalTo(0));
    }

    @Test
    void anIdNumberThatContradictsBirthDateOrSexIsRefused() {
        TestAreas areas = TestAreas.create();
        var mother = TestHouseholds.mother();
        mother.put("idNumber", TestHouseholds.idNumber("1990-05-05", "MALE"));
        given().contentType(ContentType.JSON).body(TestHouseholds.body(areas.compound, List.of(mother)))
                .post("/api/households").then().statusCode(400)
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors.field", containsInAnyOrder("birthDate", "gender"));
    }

    @Test
    void theSameIdNumberCannotBeInTwoFiles() {
        TestAreas areas = TestAreas.create();
        var mother = TestHouseholds.mother();
        mother.put("idNumber", TestHouseholds.idNumber("1988-03-02", "FEMALE"));
        given().contentType(ContentType.JSON).body(TestHouseholds.body(areas.compound, List.of(mother)))
                .post("/api/households").then().statusCode(201);
        given().contentType(ContentType.JSON).body(TestHouseholds.body(areas.compound, List.of(mother)))
                .post("/api/households").then().statusCode(409)
                .body("type", equalTo("/problems/duplicate"))
                .body("errors[0].field", equalTo("idNumber"));
    }

    @Test
    void aHouseholdMustLiveInAnExistingCompound() {
        TestAreas areas = TestAreas.create();
        given().contentType(ContentType.JSON).body(TestHouseholds.body(areas.community, List.of()))
                .post("/api/households").then().statusCode(400)
                .body("errors[0].field", equalTo("areaCode"));
        given().contentType(ContentType.JSON).body(TestHouseholds.body(areas.community + "999", List.of()))
                .post("/api/households").then().statusCode(422)
                .body("type", equalTo("/problems/unknown-reference"));
    }

    @Test
    void membersCannotBeReplacedThroughTheHouseholdUpdate() {
        TestAreas areas = TestAreas.create();
        long id = TestHouseholds.open(areas.compound);
        long version = given().get("/api/households/" + id).jsonPath().getLong("version");
        var body = updateBody(areas.compound, version);
        body.put("members", List.of(TestHouseholds.mother()));
        given().contentType(ContentType.JSON).body(body).put("/api/households/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("members"));
        body.remove("members");
        body.remove("version");
        given().contentType(ContentType.JSON).body(body).put("/api/households/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("version"));
    }

    @Test
    void unknownHouseholdsAre404() {
        given().get("/api/households/999999999").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("/problems/not-found"));
        given().get("/api/households/999999999/timeline").then().statusCode(404);
        given().contentType(ContentType.JSON).body(updateBody("350799001001001", 0L))
                .put("/api/households/999999999").then().statusCode(404);
    }

    static Map<String, Object> updateBody(String compound, long version) {
        var body = TestHouseholds.body(compound, List.of());
        body.remove("members");
        body.put("version", version);
        return body;
    }
}
