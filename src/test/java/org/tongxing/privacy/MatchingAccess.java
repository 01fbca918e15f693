package org.tongxing.privacy;

import java.time.Duration;
import java.util.Map;

import org.tongxing.matching.Runs;
import org.tongxing.support.TestUser;

import io.restassured.http.ContentType;

/**
 * The matching part of the access matrix's cast: a finished run over A's street whose one proposal (the own-area
 * volunteer for a long-term need of household A) was rejected, which recorded a conflict.
 */
final class MatchingAccess {

    final long run;
    final long proposal;
    final long conflict;

    MatchingAccess(AccessFixture f) {
        TestUser admin = f.people.get("ADMIN");
        admin.request().contentType(ContentType.JSON).body(Map.of("householdId", f.householdA, "category", "TUTORING",
                "urgency", "NORMAL", "description", "矩阵测试：孩子需要每周辅导", "longTerm", true))
                .post("/api/needs").then().statusCode(201);
        run = Runs.start(admin, "PAIRS", f.own.street, 1);
        Runs.awaitEnd(admin, run, Duration.ofSeconds(60));
        proposal = admin.request().get("/api/matching/runs/" + run + "/proposals").jsonPath().getLong("[0].id");
        admin.request().contentType(ContentType.JSON).body(Map.of("reason", "矩阵测试"))
                .post("/api/matching/proposals/" + proposal + "/rejection").then().statusCode(200);
        conflict = admin.request().queryParam("householdId", f.householdA).get("/api/matching/conflicts").jsonPath()
                .getLong("[0].id");
    }
}
