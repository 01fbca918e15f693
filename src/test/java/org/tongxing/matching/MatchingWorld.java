package org.tongxing.matching;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.tongxing.support.TestAreas;
import org.tongxing.support.TestHouseholds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A small district of its own for a matching test, built through the API as the administrator: families with
 * needs that ask for a long-term partner, vetted volunteers, and a cadre of the street who runs the matching.
 */
public final class MatchingWorld {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public final TestAreas areas = TestAreas.create();
    public final TestUser cadre = TestUsers.cadre(areas.street);

    /** A single-mother household with a child, in the world's compound. */
    public long household() {
        return TestHouseholds.open(areas.compound);
    }

    /** A need of the household that asks for a long-term partner. */
    public long longTermNeed(long household, String category) {
        Map<String, Object> need = new HashMap<>(Map.of("householdId", household, "category", category,
                "description", "孩子需要每周两次、长期的陪伴与辅导", "urgency", "NORMAL", "longTerm", true));
        return given().contentType(ContentType.JSON).body(need).post("/api/needs").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** A vetted volunteer with the skill and the places, living in the compound. */
    public long volunteer(String compound, String skill, int capacity) {
        Map<String, Object> v = new HashMap<>();
        v.put("name", "匹配志愿者" + SEQUENCE.incrementAndGet());
        v.put("gender", "FEMALE");
        v.put("areaCode", compound);
        v.put("skills", List.of(skill));
        v.put("languages", List.of("zh"));
        v.put("availability", List.of("SATURDAY_MORNING", "SATURDAY_AFTERNOON", "SUNDAY_MORNING"));
        v.put("capacity", capacity);
        long id = given().contentType(ContentType.JSON).body(v).post("/api/volunteers").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().contentType(ContentType.JSON).body(Map.of("status", "VETTED", "version", 0))
                .put("/api/volunteers/" + id + "/vetting").then().statusCode(200);
        return id;
    }

    /** Changes a volunteer's capacity through the volunteer API, as they or their worker would. */
    public static void setCapacity(long volunteerId, int capacity) {
        JsonPath v = given().get("/api/volunteers/" + volunteerId).jsonPath();
        Map<String, Object> body = new HashMap<>();
        body.put("name", v.getString("name"));
        body.put("gender", v.getString("gender"));
        body.put("areaCode", v.getString("areaCode"));
        body.put("skills", v.getList("skills"));
        body.put("languages", v.getList("languages"));
        body.put("availability", v.getList("availability"));
        body.put("capacity", capacity);
        body.put("version", v.getLong("version"));
        given().contentType(ContentType.JSON).body(body).put("/api/volunteers/" + volunteerId).then().statusCode(200);
    }
}
