package org.tongxing.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.tongxing.claim.ClaimDeadlines;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestNeeds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A change fires its event and the timeline and the notices observe it in the change's own transaction: when the
 * change rolls back, neither its history entry nor its outbox rows remain; when it commits, both do.
 */
@QuarkusTest
class EffectsCommitWithTheChangeTest {

    @Inject
    ClaimDeadlines deadlines;

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager em;

    @Test
    void aChangeThatRollsBackLeavesNeitherATimelineRowNorAnOutboxRow() throws SQLException {
        TestAreas areas = TestAreas.create();
        long need = TestNeeds.publicNeed(areas.compound, "TUTORING");
        TestUser volunteer = TestUsers.volunteer(areas.compound, "TUTORING");
        TestUsers.worker(areas.community);
        long claim = volunteer.request().contentType("application/json").body(TestNeeds.claimBody())
                .post("/api/needs/" + need + "/claims").then().statusCode(201).extract().jsonPath().getLong("id");
        update("update claim set created_at = now() - interval '8 days' where id = ?", claim);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            deadlines.run(Instant.now());
            em.flush();
            assertThat(((Number) em.createNativeQuery("select count(*) from case_event where kind = 'CLAIM_EXPIRED'"
                    + " and need_id = ?1").setParameter(1, need).getSingleResult()).longValue())
                    .as("history written in the change's transaction").isEqualTo(1);
            assertThat(((Number) em.createNativeQuery("select count(*) from notification where kind = 'EXPIRED'"
                    + " and claim_id = ?1").setParameter(1, claim).getSingleResult()).longValue())
                    .as("outbox rows written in the change's transaction").isEqualTo(2);
            throw new IllegalStateException("the change fails after its effects were written");
        })).hasMessageContaining("the change fails");

        assertThat(status(claim)).isEqualTo("PENDING");
        assertThat(count("select count(*) from case_event where kind = 'CLAIM_EXPIRED' and need_id = ?", need))
                .isZero();
        assertThat(count("select count(*) from notification where kind = 'EXPIRED' and claim_id = ?", claim)).isZero();

        deadlines.run(Instant.now());
        assertThat(status(claim)).isEqualTo("EXPIRED");
        assertThat(count("select count(*) from case_event where kind = 'CLAIM_EXPIRED' and need_id = ?", need))
                .isEqualTo(1);
        assertThat(count("select count(*) from notification where kind = 'EXPIRED' and claim_id = ?", claim))
                .as("the claimant and the household's worker").isEqualTo(2);
    }

    private String status(long claim) throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.prepareStatement("select status from claim where id = ?")) {
            s.setLong(1, claim);
            try (var rows = s.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private long count(String sql, long id) {
        try (var c = dataSource.getConnection(); var s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (var rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, long id) throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }
}
