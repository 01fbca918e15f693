package org.tongxing.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.tongxing.claim.ClaimDeadlines;
import org.tongxing.matching.MatchingWorld;
import org.tongxing.matching.Runs;
import org.tongxing.support.Metrics;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestNeeds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The domain's own figures on /q/metrics, after the events they count happened through the API. */
@QuarkusTest
class DomainMetricsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Inject
    ClaimDeadlines deadlines;

    @Inject
    DataSource dataSource;

    private double claims(String outcome) {
        return Metrics.scrape(metrics).value("tongxing_claims_total", "outcome", outcome);
    }

    @Test
    void everyStepOfAClaimIsCountedByOutcome() {
        TestAreas areas = TestAreas.create();
        long need = TestNeeds.publicNeed(areas.compound, "TUTORING");
        TestUser volunteer = TestUsers.volunteer(areas.compound, "TUTORING");
        TestUser rival = TestUsers.volunteer(areas.compound, "TUTORING");
        TestUser worker = TestUsers.worker(areas.community);
        Metrics before = Metrics.scrape(metrics);

        long claim = claim(volunteer, need);
        claimRequest(rival, need).then().statusCode(409);
        post(worker, "/api/claims/" + claim + "/acceptance", Map.of("version", 0), 200);
        post(volunteer, "/api/claims/" + claim + "/services",
                Map.of("servedOn", LocalDate.now().toString(), "hours", 1, "personTimes", 1), 201);
        int version = worker.request().get("/api/claims/" + claim).jsonPath().getInt("version");
        post(worker, "/api/claims/" + claim + "/confirmation", Map.of("version", version), 200);
        long other = TestNeeds.publicNeed(areas.compound, "TUTORING");
        long declined = claim(volunteer, other);
        post(worker, "/api/claims/" + declined + "/decline", Map.of("version", 0, "reason", "另有安排"), 200);
        long released = claim(rival, other);
        post(rival, "/api/claims/" + released + "/release", Map.of("version", 0, "reason", "时间冲突"), 200);

        Metrics after = Metrics.scrape(metrics);
        for (String outcome : new String[] {"claimed", "conflict", "accepted", "delivered", "confirmed", "declined",
                "released"}) {
            double expected = outcome.equals("claimed") ? 3 : 1;
            assertThat(after.value("tongxing_claims_total", "outcome", outcome)
                    - before.value("tongxing_claims_total", "outcome", outcome)).as(outcome).isEqualTo(expected);
        }
    }

    @Test
    void expiredClaimsAreCountedWhenTheDeadlineRunCommits() throws SQLException {
        TestAreas areas = TestAreas.create();
        long need = TestNeeds.publicNeed(areas.compound, "TUTORING");
        long claim = claim(TestUsers.volunteer(areas.compound, "TUTORING"), need);
        execute("update claim set created_at = now() - interval '8 days' where id = " + claim);
        double before = claims("expired");

        int expired = deadlines.run(Instant.now());

        assertThat(expired).isPositive();
        assertThat(claims("expired") - before).isEqualTo(expired);
    }

    @Test
    void openNeedsAreCountedByEscalationLevel() {
        TestAreas areas = TestAreas.create();
        double before = Metrics.scrape(metrics).value("tongxing_open_needs", "level", "public");

        long need = TestNeeds.publicNeed(areas.compound, "TUTORING");
        assertThat(Metrics.scrape(metrics).value("tongxing_open_needs", "level", "public")).isEqualTo(before + 1);

        claim(TestUsers.volunteer(areas.compound, "TUTORING"), need);
        assertThat(Metrics.scrape(metrics).value("tongxing_open_needs", "level", "public")).isEqualTo(before);
    }

    @Test
    void theOutboxQueueGrowsWithEveryNotificationToBeEmailed() throws SQLException {
        TestAreas areas = TestAreas.create();
        TestUsers.worker(areas.community);
        long need = TestNeeds.publicNeed(areas.compound, "TUTORING");
        double before = Metrics.scrape(metrics).value("tongxing_outbox_due");

        claim(TestUsers.volunteer(areas.compound, "TUTORING"), need);
        Metrics after = Metrics.scrape(metrics);

        assertThat(after.value("tongxing_outbox_due")).isGreaterThan(before);
        execute("update notification set created_at = now() - interval '1 hour' where need_id = " + need);
        assertThat(Metrics.scrape(metrics).value("tongxing_outbox_oldest_pending_age_seconds"))
                .isGreaterThanOrEqualTo(3600);
    }

    @Test
    void matchingRunsAreCountedByKindAndEndAndTheirSolvingIsTimed() {
        MatchingWorld world = new MatchingWorld();
        world.volunteer(world.areas.compound, "TUTORING", 2);
        world.longTermNeed(world.household(), "TUTORING");
        Metrics before = Metrics.scrape(metrics);

        long run = Runs.start(world.cadre, "PAIRS", world.areas.street, 1);
        assertThat(Runs.awaitEnd(world.cadre, run, WAIT).getString("status")).isEqualTo("COMPLETED");

        Metrics after = awaitChange(before, "tongxing_matching_runs_total", "kind", "pairs", "status", "completed");
        assertThat(after.value("tongxing_matching_run_solving_seconds_count", "kind", "pairs", "status", "completed")
                - before.value("tongxing_matching_run_solving_seconds_count", "kind", "pairs", "status", "completed"))
                .isEqualTo(1);
        assertThat(after.text()).contains("tongxing_matching_run_solving_seconds_bucket{kind=\"pairs\",");
    }

    /** The count follows the run's end in the database by a moment: it is announced once the outcome is written. */
    private Metrics awaitChange(Metrics before, String name, String... labels) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            Metrics now = Metrics.scrape(metrics);
            if (now.value(name, labels) > before.value(name, labels)) {
                assertThat(now.value(name, labels)).isEqualTo(before.value(name, labels) + 1);
                return now;
            }
            assertThat(System.nanoTime()).as(name + " never changed").isLessThan(deadline);
            Runs.sleep(50);
        }
    }

    private static long claim(TestUser claimant, long need) {
        return claimRequest(claimant, need).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Response claimRequest(TestUser claimant, long need) {
        return claimant.request().contentType(ContentType.JSON).body(TestNeeds.claimBody())
                .post("/api/needs/" + need + "/claims");
    }

    private static void post(TestUser user, String path, Map<String, Object> body, int status) {
        user.request().contentType(ContentType.JSON).body(body).post(path).then().log().ifValidationFails()
                .statusCode(status);
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }
}
