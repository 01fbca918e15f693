package org.tongxing.volunteer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestHouseholds;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class VolunteerResourceTest {

    @Test
    void aRegisteredVolunteerStartsPendingAndCanBeVetted() {
        TestAreas areas = TestAreas.create();
        var response = given().contentType(ContentType.JSON).body(volunteer(areas.compound)).post("/api/volunteers");
        long id = response.then().statusCode(201)
                .body("vettingStatus", equalTo("PENDING"))
                .body("availability", contains("FRIDAY_EVENING", "SATURDAY_MORNING"))
                .body("skills", containsInAnyOrder("PSYCHOLOGICAL_SUPPORT", "TUTORING"))
                .extract().jsonPath().getLong("id");
        assertThat(response.header("Location")).endsWith("/api/volunteers/" + id);

        given().contentType(ContentType.JSON).body(Map.of("status", "VETTED", "version", 0))
                .put("/api/volunteers/" + id + "/vetting").then().statusCode(200)
                .body("vettingStatus", equalTo("VETTED")).body("vettedAt", notNullValue());
        given().contentType(ContentType.JSON).body(Map.of("status", "SUSPENDED", "version", 0))
                .put("/api/volunteers/" + id + "/vetting").then().statusCode(409);
    }

    @Test
    void theListFiltersBySkillLanguageAreaAndVetting() {
        TestAreas areas = TestAreas.create();
        given().contentType(ContentType.JSON).body(volunteer(areas.compound)).post("/api/volunteers").then()
                .statusCode(201);
        var lawyer = volunteer(areas.compound);
        lawyer.put("skills", List.of("LEGAL_AID"));
        lawyer.put("languages", List.of("zh", "yue"));
        given().contentType(ContentType.JSON).body(lawyer).post("/api/volunteers").then().statusCode(201);

        given().queryParams(Map.of("areaPrefix", areas.district)).get("/api/volunteers").then().body("totalItems",
                equalTo(2));
        given().queryParams(Map.of("areaPrefix", areas.district, "skill", "LEGAL_AID")).get("/api/volunteers").then()
                .body("totalItems", equalTo(1)).body("items[0].languages", hasItem("yue"));
        given().queryParams(Map.of("areaPrefix", areas.district, "language", "yue")).get("/api/volunteers").then()
                .body("totalItems", equalTo(1));
        given().queryParams(Map.of("areaPrefix", areas.district, "vettingStatus", "VETTED")).get("/api/volunteers")
                .then().body("totalItems", equalTo(0));
    }

    @Test
    void aFormerBeneficiaryCanBeLinkedToTheirMemberRecordOnce() {
        TestAreas areas = TestAreas.create();
        long household = TestHouseholds.open(areas.compound);
        long mother = given().get("/api/households/" + household).jsonPath().getLong("members[0].id");
        var body = volunteer(areas.compound);
        body.put("linkedMemberId", mother);
        given().contentType(ContentType.JSON).body(body).post("/api/volunteers").then().statusCode(201)
                .body("linkedMemberId", equalTo((int) mother));
        given().contentType(ContentType.JSON).body(body).post("/api/volunteers").then().statusCode(409)
                .body("type", equalTo("/problems/duplicate")).body("errors[0].field", equalTo("linkedMemberId"));
        body.put("linkedMemberId", 999_999_999L);
        given().contentType(ContentType.JSON).body(body).post("/api/volunteers").then().statusCode(422);
    }

    @Test
    void anUpdateReplacesSkillsAndAvailability() {
        TestAreas areas = TestAreas.create();
        long id = given().contentType(ContentType.JSON).body(volunteer(areas.compound)).post("/api/volunteers")
                .jsonPath().getLong("id");
        var edit = volunteer(areas.compound);
        edit.put("skills", List.of("COMPANIONSHIP"));
        edit.put("availability", List.of("SUNDAY_AFTERNOON"));
        edit.put("capacity", 3);
        edit.put("version", 0);
        given().contentType(ContentType.JSON).body(edit).put("/api/volunteers/" + id).then().statusCode(200)
                .body("skills", contains("COMPANIONSHIP")).body("availability", contains("SUNDAY_AFTERNOON"))
                .body("capacity", equalTo(3));
        given().get("/api/volunteers/" + id).then().body("version", equalTo(1));
    }

    @Test
    void invalidProfilesAreRefused() {
        TestAreas areas = TestAreas.create();
        var body = volunteer(areas.compound);
        body.put("availability", List.of("FUNDAY_NIGHT"));
        body.put("capacity", 99);
        body.put("languages", List.of("Cantonese!"));
        body.put("email", "not-an-email");
        given().contentType(ContentType.JSON).body(body).post("/api/volunteers").then().statusCode(400)
                .body("errors.field", hasItem("availability[0]"))
                .body("errors.field", hasItem("capacity"))
                .body("errors.field", hasItem("languages[]"))
                .body("errors.field", hasItem("email"));
        body = volunteer(areas.district + "999");
        given().contentType(ContentType.JSON).body(body).post("/api/volunteers").then().statusCode(422);
        given().get("/api/volunteers/999999999").then().statusCode(404);
    }

    static Map<String, Object> volunteer(String area) {
        Map<String, Object> v = new HashMap<>();
        v.put("name", "张晓燕");
        v.put("phone", "13905991111");
        v.put("email", "xiaoyan@example.org");
        v.put("gender", "FEMALE");
        v.put("areaCode", area);
        v.put("skills", List.of("TUTORING", "PSYCHOLOGICAL_SUPPORT"));
        v.put("languages", List.of("zh", "nan"));
        v.put("qualifications", List.of("国家二级心理咨询师"));
        v.put("availability", List.of("SATURDAY_MORNING", "FRIDAY_EVENING"));
        v.put("capacity", 2);
        return v;
    }
}
