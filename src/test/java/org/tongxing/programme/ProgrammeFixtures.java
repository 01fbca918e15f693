package org.tongxing.programme;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tongxing.common.ChinaTime;
import org.tongxing.support.TestUser;

import io.restassured.http.ContentType;

/** Programmes for tests, made through the API. */
public final class ProgrammeFixtures {

    private ProgrammeFixtures() {
    }

    /** A programme of the area with three goals and a two-item rubric (60% out of 100, 40% out of 10). */
    public static long create(TestUser cadre, String area, long organisation) {
        return create(cadre, area, organisation, List.of(goal("HOUSEHOLDS_SERVED", 2), goal("SERVICE_HOURS", 10),
                goal("VISITS", 4)));
    }

    /** The same programme with other goals; its period starts a month before today and lasts a year. */
    public static long create(TestUser cadre, String area, long organisation, List<Map<String, Object>> goals) {
        LocalDate today = ChinaTime.today();
        Map<String, Object> body = new HashMap<>();
        body.put("name", "顶梁柱母亲 · 测试");
        body.put("areaCode", area);
        body.put("leadOrganisationId", organisation);
        body.put("startsOn", today.minusMonths(1).toString());
        body.put("endsOn", today.plusMonths(11).toString());
        body.put("goals", goals);
        body.put("rubric", List.of(item("服务完成度", 60, 100), item("家庭满意度", 40, 10)));
        return cadre.request().contentType(ContentType.JSON).body(body).post("/api/programmes").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static void join(TestUser cadre, long programme, long household) {
        cadre.request().contentType(ContentType.JSON).body(Map.of("householdId", household))
                .post("/api/programmes/" + programme + "/households").then().statusCode(201);
    }

    public static Map<String, Object> goal(String metric, int target) {
        return Map.of("metric", metric, "target", target);
    }

    private static Map<String, Object> item(String name, int weight, int max) {
        return Map.of("name", name, "weight", weight, "maxScore", max);
    }
}
