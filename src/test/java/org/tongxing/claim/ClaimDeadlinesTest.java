package org.tongxing.claim;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestNeeds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Claims that are not accepted, or not delivered, expire and free the need; the claimant is told why. */
@QuarkusTest
class ClaimDeadlinesTest {

    @Inject
    ClaimDeadlines deadlines;

    @Inject
    DataSource dataSource;

    @Test
    void aClaimNotAcceptedWithinSevenDaysExpiresAndTheNeedReopens() throws SQLException {
        TestAreas areas = TestAreas.create();
        long need = TestNeeds.publicNeed(areas.compound, "TUTORING");
        TestUser volunteer = TestUsers.volunteer(areas.compound, "TUTORING");
        long claim = claim(volunteer, need);
        backdate("update claim set created_at = now() - interval '6 days 12 hours' where id = ?", claim);
        deadlines.run(Instant.now());
        volunteer.request().get("/api/claims/" + claim).then().body("status", equalTo("PENDING"));
        TestUser worker = TestUsers.worker(areas.community);

        backdate("update claim set created_at = now() - interval '8 days' where id = ?", claim);
        assertThat(deadlines.run(Instant.now())).isGreaterThanOrEqualTo(1);
        volunteer.request().get("/api/claims/" + claim).then().body("status", equalTo("EXPIRED"))
                .body("endReason", equalTo("not accepted within 7 days"));
        given().get("/api/needs/" + need).then().body("status", equalTo("OPEN"));
        volunteer.request().get("/api/me/notifications").then().body("items.kind", hasItem("EXPIRED"));
        given().get("/api/households/" + TestNeeds.householdOf(need) + "/timeline").then()
                .body("items.kind", hasItem("CLAIM_EXPIRED"));
        worker.request().get("/api/me/notifications").then().statusCode(200);
    }

    @Test
    void anAcceptedClaimWithNoServiceByThePromisedDatePlusGraceExpiresAfterAReminder() throws SQLException {
        TestAreas areas = TestAreas.create();
        long need = TestNeeds.publicNeed(areas.compound, "TUTORING");
        TestUser volunteer = TestUsers.volunteer(areas.compound, "TUTORING");
        TestUser worker = TestUsers.worker(areas.community);
        long claim = claim(volunteer, need);
        worker.request().contentType(ContentType.JSON).body(Map.of("version", 0))
                .post("/api/claims/" + claim + "/acceptance").then().statusCode(200);

        backdate("update claim set promised_by = " + CHINA_TODAY + " - 3 where id = ?", claim);
        deadlines.run(Instant.now());
        volunteer.request().get("/api/claims/" + claim).then().body("status", equalTo("ACCEPTED"));
        volunteer.request().get("/api/me/notifications").then().body("items.kind", hasItem("EXPIRING_SOON"));

        backdate("update claim set promised_by = " + CHINA_TODAY + " - 4 where id = ?", claim);
        deadlines.run(Instant.now());
        volunteer.request().get("/api/claims/" + claim).then().body("status", equalTo("EXPIRED"));
        given().get("/api/needs/" + need).then().body("status", equalTo("OPEN"));
    }

    @Test
    void aDeliveredClaimDoesNotExpire() throws SQLException {
        TestAreas areas = TestAreas.create();
        long need = TestNeeds.publicNeed(areas.compound, "TUTORING");
        TestUser volunteer = TestUsers.volunteer(areas.compound, "TUTORING");
        TestUser worker = TestUsers.worker(areas.community);
        long claim = claim(volunteer, need);
        worker.request().contentType(ContentType.JSON).body(Map.of("version", 0))
                .post("/api/claims/" + claim + "/acceptance").then().statusCode(200);
        volunteer.request().contentType(ContentType.JSON)
                .body(Map.of("servedOn", LocalDate.now().toString(), "hours", 1, "personTimes", 1))
                .post("/api/claims/" + claim + "/services").then().statusCode(201);
        backdate("update claim set promised_by = " + CHINA_TODAY + " - 30 where id = ?", claim);
        deadlines.run(Instant.now());
        volunteer.request().get("/api/claims/" + claim).then().body("status", equalTo("DELIVERED"));
    }

    /** The deadlines count days in China's time zone, which is a day ahead of UTC for 8 hours of every day. */
    private static final String CHINA_TODAY = "(now() at time zone 'Asia/Shanghai')::date";

    private static long claim(TestUser volunteer, long need) {
        return volunteer.request().contentType(ContentType.JSON).body(TestNeeds.claimBody())
                .post("/api/needs/" + need + "/claims").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private void backdate(String sql, long claim) throws SQLException {
        try (var c = dataSource.getConnection(); var statement = c.prepareStatement(sql)) {
            statement.setLong(1, claim);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }
}
