package org.tongxing.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestHouseholds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * What field work asked of the pages: a worker opens a need straight at a chosen level with one reason (the levels
 * explained), finds a file by name, phone, address or the full ID number within their own area, and a family
 * changes or cancels its own open request.
 */
@QuarkusTest
class FieldWorkPagesTest {

    @Test
    void aWorkerOpensANeedStraightToThePublicWithOneReason() {
        TestAreas areas = TestAreas.create();
        TestUser worker = TestUsers.worker(areas.community);
        long household = TestHouseholds.open(areas.compound);
        long need = TestHouseholds.postNeed(household, "TUTORING", "NORMAL");
        page(worker).get("/worker/households/" + household).then().statusCode(200)
                .body(containsString("全社会公开：所有登记的志愿者")).body(containsString("name=\"to\""));
        form(worker).formParam("reason", "社区和街道都没有合适的辅导老师").formParam("version", 0).formParam("to", "PUBLIC")
                .post("/worker/households/" + household + "/needs/" + need + "/escalation").then().statusCode(303);
        given().get("/api/needs/" + need).then().body("visibility", equalTo("PUBLIC"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "再上报", "version", 1, "to", "STREET"))
                .post("/api/needs/" + need + "/escalation").then().statusCode(409);
    }

    @Test
    void theApiStillClimbsOneLevelWithoutATarget() {
        TestAreas areas = TestAreas.create();
        long need = TestHouseholds.postNeed(TestHouseholds.open(areas.compound), "TUTORING", "NORMAL");
        given().contentType(ContentType.JSON).body(Map.of("reason", "社区解决不了", "version", 0))
                .post("/api/needs/" + need + "/escalation").then().statusCode(200)
                .body("visibility", equalTo("STREET"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "退回", "version", 1, "to", "COMMUNITY"))
                .post("/api/needs/" + need + "/escalation").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void aWorkerFindsAFileByNamePhoneAddressOrTheWholeIdNumberOnlyInTheirArea() {
        TestAreas areas = TestAreas.create();
        String number = TestHouseholds.idNumber("1985-07-09", "FEMALE");
        var mother = TestHouseholds.mother();
        mother.put("name", "欧阳灯塔");
        mother.put("birthDate", "1985-07-09");
        mother.put("phone", "13912345678");
        mother.put("idNumber", number);
        var body = TestHouseholds.body(areas.compound, List.of(mother));
        body.put("addressLine", "萤火虫巷7749号");
        long household = ((Number) given().contentType(ContentType.JSON).body(body).post("/api/households").then()
                .statusCode(201).extract().path("id")).longValue();
        TestUser worker = TestUsers.worker(areas.community);
        for (String q : List.of("灯塔", "12345678", "萤火虫巷", number)) {
            assertThat(worker.request().queryParam("q", q).get("/api/households").jsonPath()
                    .getList("items.id", Long.class)).as(q).containsExactly(household);
        }
        assertThat(worker.request().queryParam("q", number.substring(0, 17)).get("/api/households").jsonPath()
                .getList("items.id", Long.class)).as("part of an ID number").isEmpty();
        assertThat(TestUsers.worker(TestAreas.create().community).request().queryParam("q", "欧阳灯塔")
                .get("/api/households").jsonPath().getList("items.id", Long.class)).as("another area").isEmpty();
        page(worker).queryParam("q", "萤火虫巷").get("/worker/households").then().statusCode(200)
                .body(containsString("/worker/households/" + household + "\""));
    }

    @Test
    void aFamilyChangesAndCancelsItsOwnOpenRequest() {
        TestAreas areas = TestAreas.create();
        long household = TestHouseholds.open(areas.compound);
        long need = TestHouseholds.postNeed(household, "TUTORING", "NORMAL");
        TestUser family = TestUsers.family(household, areas.compound);
        form(family).formParam("description", "短").formParam("urgency", "HIGH").formParam("version", 0)
                .post("/family/needs/" + need).then().statusCode(400).body(containsString("请至少写 5 个字"));
        form(family).formParam("description", "孩子期末考试前需要每周三次数学辅导").formParam("urgency", "HIGH")
                .formParam("version", 0).post("/family/needs/" + need).then().statusCode(303);
        given().get("/api/needs/" + need).then().body("description", equalTo("孩子期末考试前需要每周三次数学辅导"))
                .body("urgency", equalTo("HIGH"));
        form(family).formParam("version", 1).post("/family/needs/" + need + "/cancellation").then().statusCode(400)
                .body(containsString("请写明原因"));
        form(family).formParam("reason", "亲戚已经帮忙找到老师了").formParam("version", 1)
                .post("/family/needs/" + need + "/cancellation").then().statusCode(303);
        given().get("/api/needs/" + need).then().body("status", equalTo("CANCELLED"));
        page(family).get("/family/needs/" + need).then()
                .body(not(containsString("action=\"/family/needs/" + need + "/cancellation\"")));
    }

    @Test
    void aFamilyCannotChangeAnotherFamilysRequest() {
        TestAreas areas = TestAreas.create();
        long need = TestHouseholds.postNeed(TestHouseholds.open(areas.compound), "TUTORING", "NORMAL");
        TestUser other = TestUsers.family(TestHouseholds.open(areas.compound), areas.compound);
        form(other).formParam("reason", "不是我的").formParam("version", 0)
                .post("/family/needs/" + need + "/cancellation").then().statusCode(404);
        given().get("/api/needs/" + need).then().body("status", equalTo("OPEN"));
    }

    private static RequestSpecification page(TestUser as) {
        return as.request().header("Accept-Language", "zh-CN").accept("text/html");
    }

    private static RequestSpecification form(TestUser as) {
        String csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(new SecureRandom().generateSeed(32));
        return page(as).contentType(ContentType.URLENC.withCharset("UTF-8")).cookie("tx_csrf", csrf)
                .formParam("_csrf", csrf).redirects()
                .follow(false);
    }
}
