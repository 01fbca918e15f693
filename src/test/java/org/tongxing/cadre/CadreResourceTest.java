package org.tongxing.cadre;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.support.TestAreas;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class CadreResourceTest {

    @Test
    void aCadreCanBeAddedListedAndUpdated() {
        TestAreas areas = TestAreas.create();
        long id = given().contentType(ContentType.JSON).body(cadre(areas.street)).post("/api/cadres").then()
                .statusCode(201).header("Location", containsString("/api/cadres/"))
                .body("capacity", equalTo(5)).extract().jsonPath().getLong("id");
        given().queryParam("areaPrefix", areas.district).get("/api/cadres").then()
                .body("totalItems", equalTo(1)).body("items[0].unit", equalTo("街道妇联"));
        var edit = cadre(areas.street);
        edit.put("capacity", 8);
        edit.put("version", 0);
        given().contentType(ContentType.JSON).body(edit).put("/api/cadres/" + id).then().statusCode(200)
                .body("capacity", equalTo(8));
        given().contentType(ContentType.JSON).body(edit).put("/api/cadres/" + id).then().statusCode(409);
        given().get("/api/cadres/" + id).then().body("version", equalTo(1));
    }

    @Test
    void invalidCadresAreRefused() {
        TestAreas areas = TestAreas.create();
        var body = cadre(areas.street);
        body.put("capacity", -1);
        body.put("unit", "");
        given().contentType(ContentType.JSON).body(body).post("/api/cadres").then().statusCode(400)
                .body("errors.field", hasItem("capacity")).body("errors.field", hasItem("unit"));
        given().get("/api/cadres/999999999").then().statusCode(404);
    }

    static Map<String, Object> cadre(String area) {
        Map<String, Object> c = new HashMap<>();
        c.put("name", "陈丽华");
        c.put("gender", "FEMALE");
        c.put("unit", "街道妇联");
        c.put("title", "主席");
        c.put("areaCode", area);
        c.put("capacity", 5);
        return c;
    }
}
