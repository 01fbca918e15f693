package org.tongxing.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.tongxing.common.ResidentId;

/** Builds request bodies and case files for tests. */
public final class TestHouseholds {

    private TestHouseholds() {
    }

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /**
     * A unique, valid resident ID number for the birth date and sex, registered under 11xxxx (Beijing) so that
     * it can never collide with the demo district's numbers (350799). The three-digit sequence holds only 500
     * numbers per birth date and sex, and a test run opens thousands of files with the same mother, so every
     * 500 the registration code moves on.
     */
    public static String idNumber(String birthDate, String gender) {
        int n = SEQUENCE.incrementAndGet();
        String region = "11" + String.format("%04d", (n / 500) % 10_000);
        String sequence = String.format("%03d", (n % 500) * 2 + ("MALE".equals(gender) ? 1 : 0));
        String first17 = region + birthDate.replace("-", "") + sequence;
        return first17 + ResidentId.checkCharacter(first17);
    }

    public static Map<String, Object> mother() {
        Map<String, Object> m = new HashMap<>();
        m.put("name", "林秀梅");
        m.put("relation", "HEAD");
        m.put("birthDate", "1988-03-02");
        m.put("gender", "FEMALE");
        m.put("phone", "13905990001");
        m.put("contact", true);
        return m;
    }

    public static Map<String, Object> child(String name, String birthDate, String gender) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("relation", "CHILD");
        m.put("birthDate", birthDate);
        m.put("gender", gender);
        return m;
    }

    public static Map<String, Object> body(String compound, List<Map<String, Object>> members) {
        Map<String, Object> h = new HashMap<>();
        h.put("areaCode", compound);
        h.put("addressLine", "3栋2单元501室");
        h.put("hardshipCategory", "MINIMUM_ALLOWANCE");
        h.put("composition", "SINGLE_MOTHER");
        h.put("tier", "INTENSIVE");
        h.put("consent", Map.of("dataProcessing", true, "shareContact", true));
        h.put("members", new ArrayList<>(members));
        return h;
    }

    /** Opens a single-mother household with one child and returns its id. */
    public static long open(String compound) {
        return ((Number) given().contentType("application/json")
                .body(body(compound, List.of(mother(), child("林小雨", "2016-09-01", "FEMALE"))))
                .post("/api/households").then().statusCode(201).extract().path("id")).longValue();
    }

    public static long postNeed(long householdId, String category, String urgency) {
        Map<String, Object> need = new HashMap<>();
        need.put("householdId", householdId);
        need.put("category", category);
        need.put("description", "孩子需要每周两次数学辅导");
        need.put("urgency", urgency);
        return ((Number) given().contentType("application/json").body(need)
                .post("/api/needs").then().statusCode(201).extract().path("id")).longValue();
    }
}
