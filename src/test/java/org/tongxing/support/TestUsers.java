package org.tongxing.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Creates accounts (and the volunteers or organisations behind them) through the API, as the administrator. */
public final class TestUsers {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestUsers() {
    }

    public static TestUser worker(String area) {
        return account("WORKER", area, Map.of());
    }

    public static TestUser cadre(String area) {
        return account("CADRE", area, Map.of());
    }

    public static TestUser admin() {
        return account("ADMIN", null, Map.of());
    }

    public static TestUser family(long householdId, String area) {
        return account("FAMILY", area, Map.of("householdId", householdId));
    }

    /** A vetted volunteer registered in the area, with the given skills, and their account. */
    public static TestUser volunteer(String area, String... skills) {
        Map<String, Object> v = new HashMap<>();
        v.put("name", "志愿者" + SEQUENCE.incrementAndGet());
        v.put("gender", "FEMALE");
        v.put("areaCode", area);
        v.put("skills", List.of(skills));
        v.put("languages", List.of("zh"));
        v.put("availability", List.of("SATURDAY_MORNING"));
        v.put("capacity", 2);
        long id = given().contentType(ContentType.JSON).body(v).post("/api/volunteers").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().contentType(ContentType.JSON).body(Map.of("status", "VETTED", "version", 0))
                .put("/api/volunteers/" + id + "/vetting").then().statusCode(200);
        return account("VOLUNTEER", area, Map.of("volunteerId", id));
    }

    /** A vetted organisation serving the categories, and one member's account. */
    public static TestUser organisationMember(String area, String... categories) {
        Map<String, Object> o = new HashMap<>();
        o.put("name", "测试机构" + SEQUENCE.incrementAndGet() + "-" + area);
        o.put("kind", "SOCIAL_WORK_AGENCY");
        o.put("areaCode", area);
        o.put("serviceCategories", List.of(categories));
        long id = given().contentType(ContentType.JSON).body(o).post("/api/organisations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().contentType(ContentType.JSON).body(Map.of("status", "VETTED", "version", 0))
                .put("/api/organisations/" + id + "/vetting").then().statusCode(200);
        return account("ORG_MEMBER", area, Map.of("organisationId", id));
    }

    /** A member of an existing organisation. */
    public static TestUser memberOf(long organisationId, String area) {
        return account("ORG_MEMBER", area, Map.of("organisationId", organisationId));
    }

    public static TestUser account(String role, String area, Map<String, Object> links) {
        String username = "t" + role.toLowerCase().replace("_", "") + "-" + SEQUENCE.incrementAndGet() + "-"
                + System.nanoTime() % 100000;
        Map<String, Object> body = new HashMap<>(links);
        body.put("username", username);
        body.put("displayName", role + " " + username);
        body.put("email", username + "@test.tongxing.local");
        body.put("role", role);
        // A one-time password, which the holder replaces at first sign-in.
        body.put("password", TestUser.PASSWORD + "-once");
        if (area != null) {
            body.put("areaCode", area);
        }
        JsonPath created = given().contentType(ContentType.JSON).body(body).post("/api/users").then().statusCode(201)
                .extract().jsonPath();
        given().auth().preemptive().basic(username, TestUser.PASSWORD + "-once").contentType(ContentType.JSON)
                .body(Map.of("currentPassword", TestUser.PASSWORD + "-once", "newPassword", TestUser.PASSWORD))
                .put("/api/me/password").then().statusCode(204);
        return new TestUser(created.getLong("id"), username, role, longOrNull(created, "volunteerId"),
                longOrNull(created, "organisationId"), longOrNull(created, "householdId"));
    }

    private static Long longOrNull(JsonPath json, String path) {
        Object value = json.get(path);
        return value == null ? null : ((Number) value).longValue();
    }
}
