package org.tongxing.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.tongxing.matching.Runs;
import org.tongxing.support.TestHouseholds;
import org.tongxing.support.TestUser;

import io.restassured.http.ContentType;

/**
 * The pairs-and-groups part of the access matrix's cast, made the real way: a household of A's compound whose
 * long-term need the own-area volunteer is paired with, and the 1+3+1 group around the same mother in which that
 * volunteer holds a seat. Built after {@link MatchingAccess}, whose rejection keeps the volunteer away from A.
 */
final class CommitmentAccess {

    private static final Duration WAIT = Duration.ofSeconds(60);

    final long pair;
    final long group;

    CommitmentAccess(AccessFixture f) {
        f.matching();
        TestUser admin = f.people.get("ADMIN");
        long volunteer = f.people.get("VOLUNTEER_OWN").volunteerId();
        long household = TestHouseholds.open(f.own.compound);
        admin.request().contentType(ContentType.JSON).body(Map.of("householdId", household, "category", "TUTORING",
                "urgency", "NORMAL", "description", "矩阵测试：孩子需要长期陪伴", "longTerm", true))
                .post("/api/needs").then().statusCode(201);
        acceptAll(admin, "PAIRS", f);
        pair = admin.request().queryParams(Map.of("areaPrefix", f.own.district, "volunteerId", volunteer))
                .get("/api/matching/pairings").jsonPath().getLong("items[0].id");
        // An open need makes the mother a pillar mother again, so the GROUPS run forms her group.
        TestHouseholds.postNeed(household, "TUTORING", "NORMAL");
        acceptAll(admin, "GROUPS", f);
        List<Map<String, Object>> groups = admin.request().queryParams(Map.of("areaPrefix", f.own.district, "size", 50))
                .get("/api/matching/groups").jsonPath().getList("items");
        group = groups.stream().filter(g -> ((Number) g.get("householdId")).longValue() == household)
                .map(g -> ((Number) g.get("id")).longValue()).findFirst().orElseThrow();
    }

    private static void acceptAll(TestUser admin, String kind, AccessFixture f) {
        long run = Runs.start(admin, kind, f.own.street, 1);
        assertThat(Runs.awaitEnd(admin, run, WAIT).getString("status")).isEqualTo("COMPLETED");
        admin.request().contentType(ContentType.JSON).post("/api/matching/runs/" + run + "/acceptance").then()
                .statusCode(200);
    }
}
