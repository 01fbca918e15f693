package org.tongxing.organisation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.support.TestAreas;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class OrganisationResourceTest {

    @Test
    void anOrganisationIsRegisteredPendingFilteredAndVetted() {
        TestAreas areas = TestAreas.create();
        long id = given().contentType(ContentType.JSON).body(organisation(areas.district, "测试社工中心" + areas.district))
                .post("/api/organisations").then().statusCode(201)
                .header("Location", containsString("/api/organisations/"))
                .body("vettingStatus", equalTo("PENDING")).extract().jsonPath().getLong("id");
        given().queryParams(Map.of("areaPrefix", areas.district, "category", "PSYCHOLOGICAL_SUPPORT"))
                .get("/api/organisations").then().body("totalItems", equalTo(1));
        given().queryParams(Map.of("areaPrefix", areas.district, "kind", "ENTERPRISE"))
                .get("/api/organisations").then().body("totalItems", equalTo(0));
        given().contentType(ContentType.JSON).body(Map.of("status", "VETTED", "version", 0))
                .put("/api/organisations/" + id + "/vetting").then().statusCode(200)
                .body("vettingStatus", equalTo("VETTED"));
        var edit = organisation(areas.district, "测试社工中心" + areas.district);
        edit.put("description", "专注困境儿童心理陪伴");
        edit.put("version", 1);
        given().contentType(ContentType.JSON).body(edit).put("/api/organisations/" + id).then().statusCode(200)
                .body("description", equalTo("专注困境儿童心理陪伴"));
    }

    @Test
    void namesAndCreditCodesAreUnique() {
        TestAreas areas = TestAreas.create();
        var body = organisation(areas.district, "重名机构" + areas.district);
        given().contentType(ContentType.JSON).body(body).post("/api/organisations").then().statusCode(201);
        given().contentType(ContentType.JSON).body(body).post("/api/organisations").then().statusCode(409)
                .body("type", equalTo("/problems/duplicate")).body("errors[0].field", equalTo("name"));
    }

    @Test
    void invalidOrganisationsAreRefused() {
        TestAreas areas = TestAreas.create();
        var body = organisation(areas.district, "无效机构");
        body.put("creditCode", "123");
        body.put("serviceCategories", List.of());
        given().contentType(ContentType.JSON).body(body).post("/api/organisations").then().statusCode(400)
                .body("errors.field", hasItem("creditCode")).body("errors.field", hasItem("serviceCategories"));
        given().get("/api/organisations/999999999").then().statusCode(404);
    }

    static Map<String, Object> organisation(String area, String name) {
        Map<String, Object> o = new HashMap<>();
        o.put("name", name);
        o.put("kind", "SOCIAL_WORK_AGENCY");
        o.put("contactName", "周敏");
        o.put("contactPhone", "05997654321");
        o.put("areaCode", area);
        o.put("serviceCategories", List.of("PSYCHOLOGICAL_SUPPORT", "TUTORING"));
        return o;
    }
}
