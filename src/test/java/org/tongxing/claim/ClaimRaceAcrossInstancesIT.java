package org.tongxing.claim;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tongxing.support.Concurrently;
import org.tongxing.support.PackagedApp;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestNeeds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two instances of the packaged application share one PostgreSQL, as behind a load balancer: claims for the
 * same need arrive at both at once, and still exactly one wins, because the database decides, not either JVM.
 */
class ClaimRaceAcrossInstancesIT {

    private static final int CLAIMANTS = 50;
    private static final int ROUNDS = 20;
    private static final String ADMIN_PASSWORD = "Two-nodes-one-database-26";
    private static final Duration BOOT = Duration.ofSeconds(90);

    private static EmbeddedPostgres database;
    private static PackagedApp first;
    private static PackagedApp second;

    /** A volunteer signed in through the login endpoint; the session lives in the database, so both nodes know it. */
    record SignedIn(TestUser user, String session, String csrf) {

        RequestSpecification at(PackagedApp node) {
            return RestAssured.given().auth().none().port(node.port()).cookie("tx_session", session)
                    .cookie("tx_csrf", csrf).header("X-CSRF-Token", csrf);
        }
    }

    @BeforeAll
    static void startTwoInstancesOnOneDatabase() throws Exception {
        database = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "200").start();
        String url = database.getJdbcUrl("postgres", "postgres");
        // Both at once on the empty database, as in a rolling start: Flyway's lock lets one migrate while the
        // other waits, and the first-run administrator is created once under an advisory lock.
        first = PackagedApp.start("it-instance-1", url, "postgres", "postgres", ADMIN_PASSWORD);
        second = PackagedApp.start("it-instance-2", url, "postgres", "postgres", ADMIN_PASSWORD);
        first.awaitReady(BOOT);
        second.awaitReady(BOOT);
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = first.port();
        RestAssured.authentication = RestAssured.preemptive().basic("admin", ADMIN_PASSWORD);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        try {
            closeQuietly(second);
            closeQuietly(first);
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    @Test
    void fiftyClaimsSplitAcrossTwoInstancesLetExactlyOneWinTwentyTimesOver() throws Exception {
        TestAreas areas = TestAreas.create();
        TestUser worker = TestUsers.worker(areas.community);
        List<SignedIn> claimants = Concurrently.run(CLAIMANTS,
                i -> signIn(TestUsers.volunteer(areas.compound, "TUTORING"), i % 2 == 0 ? first : second));
        long need = 0;
        for (int round = 0; round < ROUNDS; round++) {
            need = TestNeeds.publicNeed(areas.compound, "TUTORING");
            String path = "/api/needs/" + need + "/claims";
            int shift = round;
            List<Response> answers = Concurrently.run(CLAIMANTS, i -> claimants.get(i)
                    .at((i + shift) % 2 == 0 ? first : second).contentType(ContentType.JSON)
                    .body(TestNeeds.claimBody()).post(path));

            List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
            assertThat(statuses).as("round %d", round).allMatch(s -> s < 500);
            assertThat(statuses).as("round %d", round).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).as("round %d", round).filteredOn(s -> s == 409).hasSize(CLAIMANTS - 1);
            assertThat(answers).filteredOn(r -> r.statusCode() == 409)
                    .allSatisfy(r -> assertThat(r.jsonPath().getString("type")).isEqualTo("/problems/claim-conflict"));
            assertThat(activeClaimRows(need)).as("active claim rows, round %d", round).isEqualTo(1);

            long winning = answers.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow()
                    .jsonPath().getLong("id");
            // Declining (on the other node) frees the winner's place, so the fairness limit never decides a round.
            worker.request().port(round % 2 == 0 ? second.port() : first.port()).contentType(ContentType.JSON)
                    .body(Map.of("reason", "测试轮次结束", "version", 0))
                    .post("/api/claims/" + winning + "/decline").then().statusCode(200);
        }
        theDatabaseRefusesASecondActiveClaimOn(need, claimants.get(0).user());
        assertThat(first.log() + second.log()).as("lost races are answered 409, not logged as SQL errors")
                .doesNotContain("duplicate key").doesNotContain("SQL Error");
    }

    /** Whatever either node does, a second active claim on a need cannot be written, even straight to the table. */
    private static void theDatabaseRefusesASecondActiveClaimOn(long need, TestUser claimant) throws SQLException {
        claimant.request().port(first.port()).contentType(ContentType.JSON).body(TestNeeds.claimBody())
                .post("/api/needs/" + need + "/claims").then().statusCode(201);
        TestUser other = TestUsers.volunteer(TestAreas.create().compound, "TUTORING");
        try (Connection c = database.getPostgresDatabase().getConnection(); var insert = c.prepareStatement(
                "insert into claim (id, need_id, claimant_kind, volunteer_id, claimed_by, status, plan, promised_by,"
                        + " created_at, updated_at) values (nextval('claim_seq'), ?, 'VOLUNTEER', ?, ?, 'PENDING', 'x',"
                        + " current_date, now(), now())")) {
            insert.setLong(1, need);
            insert.setLong(2, other.volunteerId());
            insert.setLong(3, other.id());
            assertThatThrownBy(insert::executeUpdate).isInstanceOf(SQLException.class)
                    .hasMessageContaining("claim_one_active_per_need");
        }
    }

    private static SignedIn signIn(TestUser user, PackagedApp node) {
        Response login = given().auth().none().port(node.port()).contentType(ContentType.JSON)
                .body(Map.of("username", user.username(), "password", TestUser.PASSWORD)).post("/api/auth/login");
        assertThat(login.statusCode()).isEqualTo(200);
        return new SignedIn(user, login.getCookie("tx_session"), login.getCookie("tx_csrf"));
    }

    private static long activeClaimRows(long need) throws SQLException {
        try (Connection c = database.getPostgresDatabase().getConnection(); var count = c.prepareStatement(
                "select count(*) from claim where need_id = ? and status in ('PENDING', 'ACCEPTED', 'DELIVERED')")) {
            count.setLong(1, need);
            var rows = count.executeQuery();
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void closeQuietly(PackagedApp app) {
        if (app != null) {
            app.close();
        }
    }
}
