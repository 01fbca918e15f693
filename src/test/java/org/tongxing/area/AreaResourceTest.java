package org.tongxing.area;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.support.TestAreas;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class AreaResourceTest {

    @Test
    void theTreeIsBrowsedLevelByLevel() {
        TestAreas areas = TestAreas.create();
        given().get("/api/areas").then().statusCode(200).body("code", hasItem(areas.district));
        given().queryParam("parent", areas.district).get("/api/areas").then().body("", hasSize(1))
                .body("[0].level", equalTo("STREET"));
        given().get("/api/areas/" + areas.compound).then().statusCode(200)
                .body("parentCode", equalTo(areas.community)).body("level", equalTo("COMPOUND"));
    }

    @Test
    void anAreaNeedsAnExistingParentAndAFreshCode() {
        TestAreas areas = TestAreas.create();
        given().contentType(ContentType.JSON)
                .body(Map.of("code", areas.street + "777001", "nameZh", "孤儿", "nameEn", "Orphan"))
                .post("/api/areas").then().statusCode(422).body("type", equalTo("/problems/unknown-reference"));
        given().contentType(ContentType.JSON).body(Map.of("code", areas.street, "nameZh", "重复", "nameEn", "Dup"))
                .post("/api/areas").then().statusCode(409).body("type", equalTo("/problems/duplicate"));
        given().contentType(ContentType.JSON).body(Map.of("code", "12", "nameZh", "", "nameEn", "x"))
                .post("/api/areas").then().statusCode(400).body("errors", hasSize(2));
        given().get("/api/areas/350799999999999").then().statusCode(404);
        given().queryParam("parent", "abc").get("/api/areas").then().statusCode(400);
    }
}
