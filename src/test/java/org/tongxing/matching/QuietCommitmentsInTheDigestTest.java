package org.tongxing.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.tongxing.common.ChinaTime;
import org.tongxing.matching.commitment.QuietAlerts;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;
import org.tongxing.visit.VisitReminders;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The weekly digest tells each cadre how many pairs and groups of their area went quiet, by alert level, and where
 * to find them, after the overdue visits; a cadre of another area hears nothing of them.
 */
@QuarkusTest
class QuietCommitmentsInTheDigestTest {

    @Inject
    QuietAlerts alerts;

    @Inject
    VisitReminders reminders;

    @Inject
    DataSource db;

    @Test
    void theDigestCountsTheQuietPairsOfTheCadresAreaByLevelAndLinksToTheCommitmentsPage() {
        MatchingWorld world = new MatchingWorld();
        TestUser otherCadre = TestUsers.cadre(TestAreas.create().street);
        LocalDate today = ChinaTime.today();
        long firstLevel = handPair(world, "13800000061");
        long secondLevel = handPair(world, "13800000062");
        handPair(world, "13800000063");
        lastContact(firstLevel, today.minusDays(40));
        lastContact(secondLevel, today.minusDays(50));
        alerts.run(Instant.now());

        reminders.run(mondayMorning());
        List<Map<String, Object>> digests = digests(world.cadre);
        assertThat(digests).hasSize(1);
        assertThat((String) digests.get(0).get("subject")).contains("2 个结对或小组沉寂");
        assertThat((String) digests.get(0).get("body")).contains("3 户家庭逾期未走访")
                .contains("另有 2 个结对或 1+3+1 小组").contains("已第一次提醒 1 个，已第二次提醒 1 个")
                .contains("/cadre/commitments");
        assertThat(digests(otherCadre)).isEmpty();
    }

    private long handPair(MatchingWorld world, String phone) {
        TestUser tutor = CommitmentLifeTest.volunteerWithPhone(world, "TUTORING", phone);
        long need = world.longTermNeed(world.household(), "TUTORING");
        return world.cadre.request().contentType(ContentType.JSON)
                .body(Map.of("needId", need, "volunteerId", tutor.volunteerId())).post("/api/matching/pairings")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private void lastContact(long pairing, LocalDate on) {
        try (Connection c = db.getConnection();
                PreparedStatement update = c.prepareStatement("update pairing set last_contact_on = ? where id = ?")) {
            update.setObject(1, on);
            update.setLong(2, pairing);
            assertThat(update.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 09:00 in China on a Monday well ahead, a week no other test's digest was sent for. */
    private static Instant mondayMorning() {
        LocalDate monday = ChinaTime.today().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(7);
        return monday.atTime(9, 0).atZone(ChinaTime.ZONE).toInstant();
    }

    private static List<Map<String, Object>> digests(TestUser user) {
        List<Map<String, Object>> items = user.request().queryParam("size", 200).get("/api/me/notifications")
                .jsonPath().getList("items");
        return items.stream().filter(n -> "VISITS_DIGEST".equals(n.get("kind"))).toList();
    }
}
