package org.tongxing.need;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestHouseholds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class EscalationTest {

    @Inject
    EscalationService escalation;

    @Inject
    DataSource dataSource;

    @Test
    void aWorkerClimbsTheLadderOneLevelAtATimeWithAReasonOnTheTimeline() {
        TestAreas areas = TestAreas.create();
        TestUser worker = TestUsers.worker(areas.community);
        long household = TestHouseholds.open(areas.compound);
        long need = TestHouseholds.postNeed(household, "LEGAL_AID", "HIGH");
        List<String> levels = List.of("STREET", "DISTRICT", "PUBLIC");
        for (int version = 0; version < 3; version++) {
            worker.request().contentType(ContentType.JSON).body(Map.of("reason", "社区没有律师资源", "version", version))
                    .post("/api/needs/" + need + "/escalation").then().statusCode(200)
                    .body("visibility", equalTo(levels.get(version)));
        }
        worker.request().contentType(ContentType.JSON).body(Map.of("reason", "再上一级", "version", 3))
                .post("/api/needs/" + need + "/escalation").then().statusCode(409)
                .body("type", equalTo("/problems/invalid-state"));
        worker.request().get("/api/households/" + household + "/timeline").then()
                .body("items.findAll { it.kind == 'NEED_ESCALATED' }.size()", equalTo(3))
                .body("items.find { it.kind == 'NEED_ESCALATED' }.details.reason", equalTo("社区没有律师资源"));
    }

    @Test
    void escalationNeedsAReasonTheCurrentVersionAndAnOpenNeedInYourArea() {
        TestAreas areas = TestAreas.create();
        long household = TestHouseholds.open(areas.compound);
        long need = TestHouseholds.postNeed(household, "LEGAL_AID", "HIGH");
        given().contentType(ContentType.JSON).body(Map.of("version", 0)).post("/api/needs/" + need + "/escalation")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "过期版本", "version", 7))
                .post("/api/needs/" + need + "/escalation").then().statusCode(409)
                .body("type", equalTo("/problems/concurrent-update"));
        TestUsers.worker(TestAreas.create().community).request().contentType(ContentType.JSON)
                .body(Map.of("reason", "不是我的社区", "version", 0)).post("/api/needs/" + need + "/escalation")
                .then().statusCode(404);
        TestUsers.family(household, areas.compound).request().contentType(ContentType.JSON)
                .body(Map.of("reason", "家庭自己", "version", 0)).post("/api/needs/" + need + "/escalation")
                .then().statusCode(403);
    }

    @Test
    void aNeedLeftUnclaimedTooLongMovesUpOnItsOwnOnceAndOnlyOnce() throws SQLException {
        TestAreas areas = TestAreas.create();
        long household = TestHouseholds.open(areas.compound);
        long critical = TestHouseholds.postNeed(household, "DAILY_LIVING", "CRITICAL");
        long low = TestHouseholds.postNeed(household, "DAILY_LIVING", "LOW");
        execute("update need set escalated_at = now() - interval '3 days' where id in (" + critical + "," + low + ")");

        assertThat(escalation.escalateOverdue()).isGreaterThanOrEqualTo(1);
        given().get("/api/needs/" + critical).then().body("visibility", equalTo("STREET"));
        given().get("/api/needs/" + low).then().body("visibility", equalTo("COMMUNITY"));
        escalation.escalateOverdue();
        given().get("/api/needs/" + critical).then().body("visibility", equalTo("STREET"));
        given().get("/api/households/" + household + "/timeline").then()
                .body("items.find { it.kind == 'NEED_ESCALATED' }.actor", equalTo("system"));
    }

    @Test
    void whileAnotherInstanceHoldsTheLockAutomaticEscalationSkips() throws Exception {
        TestAreas areas = TestAreas.create();
        long need = TestHouseholds.postNeed(TestHouseholds.open(areas.compound), "DAILY_LIVING", "CRITICAL");
        execute("update need set escalated_at = now() - interval '3 days' where id = " + need);
        try (var other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            other.createStatement().execute("select pg_advisory_xact_lock(hashtext('tongxing-escalation'))");
            assertThat(escalation.escalateOverdue()).isZero();
            other.rollback();
        }
        given().get("/api/needs/" + need).then().body("visibility", equalTo("COMMUNITY"));
        assertThat(escalation.escalateOverdue()).isGreaterThanOrEqualTo(1);
        given().get("/api/needs/" + need).then().body("visibility", equalTo("STREET"));
    }

    private void execute(String sql) throws SQLException {
        try (var c = dataSource.getConnection()) {
            c.createStatement().executeUpdate(sql);
        }
    }
}
