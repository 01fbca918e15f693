package org.tongxing.support;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;

/** Needs in the states tests start from. */
public final class TestNeeds {

    private TestNeeds() {
    }

    /** Escalates a fresh need (as the administrator) until it is open to the public. */
    public static void openToPublic(long needId) {
        for (int version = 0; version < 3; version++) {
            given().contentType(ContentType.JSON).body(Map.of("reason", "社区无法解决", "version", version))
                    .post("/api/needs/" + needId + "/escalation").then().statusCode(200);
        }
    }

    /** A need of the category in a new single-mother household of the compound, open to the public. */
    public static long publicNeed(String compound, String category) {
        long household = TestHouseholds.open(compound);
        long need = TestHouseholds.postNeed(household, category, "HIGH");
        openToPublic(need);
        return need;
    }

    public static long householdOf(long needId) {
        return given().get("/api/needs/" + needId).jsonPath().getLong("householdId");
    }

    public static Map<String, Object> claimBody() {
        return Map.of("plan", "每周六上午上门辅导两小时", "promisedBy", LocalDate.now().plusDays(14).toString());
    }

    /**
     * A need of the category in a new household of the compound, open to the public, whose description ends with
     * the marker: a browser test types the marker into the board's search to find its own needs among all others.
     */
    public static long publicNeed(String compound, String category, String urgency, String marker) {
        long household = TestHouseholds.open(compound);
        Map<String, Object> need = new HashMap<>();
        need.put("householdId", household);
        need.put("category", category);
        need.put("description", "孩子需要每周两次数学辅导，妈妈林秀梅电话13905990001。" + marker);
        need.put("urgency", urgency);
        need.put("wantedBy", LocalDate.now().plusDays(30).toString());
        long id = given().contentType(ContentType.JSON).body(need).post("/api/needs").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        openToPublic(id);
        return id;
    }

    /** A marker no other test's need carries. */
    public static String marker() {
        return "标记" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }
}
