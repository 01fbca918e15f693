package org.tongxing.claim;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.tongxing.support.Concurrently;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestNeeds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Exactly one claim wins, and the database is what decides it. */
@QuarkusTest
class ClaimRaceTest {

    private static final int CLAIMANTS = 50;
    private static final int ROUNDS = 20;

    @Inject
    DataSource dataSource;

    @Test
    void fiftySimultaneousClaimsOnOneNeedLetExactlyOneWinTwentyTimesOver() throws Exception {
        TestAreas areas = TestAreas.create();
        TestUser worker = TestUsers.worker(areas.community);
        List<TestUser> claimants = new ArrayList<>();
        for (int i = 0; i < CLAIMANTS; i++) {
            claimants.add(TestUsers.volunteer(areas.compound, "TUTORING"));
        }
        for (int round = 0; round < ROUNDS; round++) {
            long need = TestNeeds.publicNeed(areas.compound, "TUTORING");
            List<Response> answers = Concurrently.run(CLAIMANTS, i -> claimants.get(i).request()
                    .contentType(ContentType.JSON).body(TestNeeds.claimBody()).post("/api/needs/" + need + "/claims"));

            List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
            assertThat(statuses).as("round %d", round).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).as("round %d", round).filteredOn(s -> s == 409).hasSize(CLAIMANTS - 1);
            assertThat(answers).filteredOn(r -> r.statusCode() == 409)
                    .allSatisfy(r -> assertThat(r.jsonPath().getString("type")).isEqualTo("/problems/claim-conflict"));
            assertThat(activeClaims(need)).as("active claim rows, round %d", round).isEqualTo(1);

            long winning = answers.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow()
                    .jsonPath().getLong("id");
            // Declining frees the winner's place, so the fairness limit never decides a later round.
            worker.request().contentType(ContentType.JSON).body(Map.of("reason", "测试轮次结束", "version", 0))
                    .post("/api/claims/" + winning + "/decline").then().statusCode(200);
        }
    }

    @Test
    void theDatabaseItselfRefusesASecondActiveClaimOnANeed() throws SQLException {
        TestAreas areas = TestAreas.create();
        long need = TestNeeds.publicNeed(areas.compound, "TUTORING");
        TestUser first = TestUsers.volunteer(areas.compound, "TUTORING");
        first.request().contentType(ContentType.JSON).body(TestNeeds.claimBody()).post("/api/needs/" + need + "/claims")
                .then().statusCode(201);
        TestUser second = TestUsers.volunteer(areas.compound, "TUTORING");
        // Bypassing the service entirely: a second active claim written straight to the table.
        try (Connection c = dataSource.getConnection();
                var insert = c.prepareStatement("insert into claim (id, need_id,"
                        + " claimant_kind, volunteer_id, claimed_by, status, plan, promised_by, created_at, updated_at)"
                        + " values (nextval('claim_seq'), ?, 'VOLUNTEER', ?, ?, 'PENDING', 'x', current_date, now(), now())")) {
            insert.setLong(1, need);
            insert.setLong(2, second.volunteerId());
            insert.setLong(3, second.id());
            assertThatThrownBy(insert::executeUpdate)
                    .isInstanceOf(SQLException.class).hasMessageContaining("claim_one_active_per_need");
        }
        try (Connection c = dataSource.getConnection(); var index = c.prepareStatement(
                "select indexdef from pg_indexes where indexname = 'claim_one_active_per_need'")) {
            var rows = index.executeQuery();
            assertThat(rows.next()).as("the partial unique index exists").isTrue();
            assertThat(rows.getString(1)).contains("UNIQUE", "(need_id)", "WHERE");
        }
    }

    private long activeClaims(long need) {
        return given().queryParams(Map.of("needId", need)).get("/api/claims").jsonPath()
                .getList("items.findAll { it.status in ['PENDING', 'ACCEPTED', 'DELIVERED'] }").size();
    }
}
