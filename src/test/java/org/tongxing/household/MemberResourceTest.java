package org.tongxing.household;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.common.ChinaTime;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestHouseholds;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class MemberResourceTest {

    @Test
    void aMemberCanBeAddedEditedAndRemovedWithEachStepOnTheTimeline() {
        long household = TestHouseholds.open(TestAreas.create().compound);
        var grandmother = TestHouseholds.child("林桂英", "1950-06-06", "FEMALE");
        grandmother.put("relation", "GRANDPARENT");
        long memberId = given().contentType(ContentType.JSON).body(grandmother)
                .post("/api/households/" + household + "/members").then().statusCode(201)
                .body("minor", equalTo(false))
                .body("age", equalTo(Period.between(LocalDate.of(1950, 6, 6), ChinaTime.today()).getYears()))
                .extract().jsonPath().getLong("id");

        grandmother.put("disability", "肢体残疾二级");
        grandmother.put("contact", true);
        grandmother.put("version", 0);
        given().contentType(ContentType.JSON).body(grandmother)
                .put("/api/households/" + household + "/members/" + memberId).then().statusCode(200)
                .body("disability", equalTo("肢体残疾二级")).body("version", equalTo(1));
        given().get("/api/households/" + household).then().body("contactMemberId", equalTo((int) memberId));

        given().delete("/api/households/" + household + "/members/" + memberId).then().statusCode(204);
        given().get("/api/households/" + household + "/members").then().statusCode(200)
                .body("id", not(hasItem((int) memberId))).body("", hasSize(2));
        given().get("/api/households/" + household).then().body("contactMemberId", equalTo(null));
        given().get("/api/households/" + household + "/timeline").then()
                .body("items.kind", hasItem("MEMBER_UPDATED"))
                .body("items.kind", hasItem("MEMBER_REMOVED"))
                .body("items.find { it.kind == 'MEMBER_UPDATED' }.details.fields", hasItem("disability"));
    }

    @Test
    void editingAMemberWithAStaleVersionIs409() {
        long household = TestHouseholds.open(TestAreas.create().compound);
        long memberId = given().get("/api/households/" + household).jsonPath().getLong("members[0].id");
        var edit = TestHouseholds.mother();
        edit.put("version", 0);
        edit.put("notes", "第一次修改");
        given().contentType(ContentType.JSON).body(edit).put("/api/households/" + household + "/members/" + memberId)
                .then().statusCode(200);
        edit.put("notes", "过期的修改");
        given().contentType(ContentType.JSON).body(edit).put("/api/households/" + household + "/members/" + memberId)
                .then().statusCode(409).body("type", equalTo("/problems/concurrent-update"));
    }

    @Test
    void membersOfAnotherHouseholdOrUnknownOnesAre404() {
        TestAreas areas = TestAreas.create();
        long first = TestHouseholds.open(areas.compound);
        long second = TestHouseholds.open(areas.compound);
        long memberOfSecond = given().get("/api/households/" + second).jsonPath().getLong("members[0].id");
        var edit = TestHouseholds.mother();
        edit.put("version", 0);
        given().contentType(ContentType.JSON).body(edit).put("/api/households/" + first + "/members/" + memberOfSecond)
                .then().statusCode(404);
        given().delete("/api/households/" + first + "/members/" + memberOfSecond).then().statusCode(404);
        given().contentType(ContentType.JSON).body(TestHouseholds.mother())
                .post("/api/households/999999999/members").then().statusCode(404);
    }

    @Test
    void aFutureBirthDateAndAMissingRelationAreRefused() {
        long household = TestHouseholds.open(TestAreas.create().compound);
        given().contentType(ContentType.JSON).body(Map.of("name", "未来", "birthDate", "2999-01-01", "gender", "MALE"))
                .post("/api/households/" + household + "/members").then().statusCode(400)
                .body("errors.field", hasItem("birthDate"))
                .body("errors.field", hasItem("relation"));
    }
}
