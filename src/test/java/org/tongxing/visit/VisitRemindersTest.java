package org.tongxing.visit;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestHouseholds;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class VisitRemindersTest {

    @Inject
    VisitReminders reminders;

    @Inject
    DataSource db;

    /** 09:00 in China on a Monday some weeks ahead, so that the test's own households are the ones it reasons about. */
    private static Instant mondayMorning(int weeksAhead) {
        LocalDate monday = ChinaTime.today().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(weeksAhead);
        return monday.atTime(9, 0).atZone(ChinaTime.ZONE).toInstant();
    }

    @Test
    void anOverdueHouseholdIsAnnouncedToItsWorkersOncePerDueDate() throws Exception {
        TestAreas areas = TestAreas.create();
        TestUser worker = TestUsers.worker(areas.community);
        long household = TestHouseholds.open(areas.compound);
        VisitTestSupport.openedOn(db, household, ChinaTime.today().minusMonths(2).toString());

        reminders.run(mondayMorning(0));
        reminders.run(mondayMorning(0).plusSeconds(3600));
        assertThat(overdueNotices(worker)).hasSize(1);
        assertThat(overdueNotices(worker).get(0).getString("subject")).contains("#" + household);

        VisitTestSupport.visit(worker, household, Map.of());
        VisitTestSupport.visitsOn(db, household, ChinaTime.today().minusMonths(3).toString());
        reminders.run(mondayMorning(0).plusSeconds(7200));
        assertThat(overdueNotices(worker)).as("a new due date is a new reminder").hasSize(2);
        reminders.run(mondayMorning(1));
        assertThat(overdueNotices(worker)).hasSize(2);
    }

    @Test
    void aHouseholdNotYetOverdueIsNotAnnounced() {
        TestAreas areas = TestAreas.create();
        TestUser worker = TestUsers.worker(areas.community);
        TestHouseholds.open(areas.compound);
        reminders.run(Instant.now());
        assertThat(overdueNotices(worker)).isEmpty();
    }

    @Test
    void cadresGetOneDigestAWeekCountingTheOverdueHouseholdsOfTheirArea() throws Exception {
        TestAreas areas = TestAreas.create();
        TestUser cadre = TestUsers.cadre(areas.street);
        TestUser otherCadre = TestUsers.cadre(TestAreas.create().street);
        for (int i = 0; i < 3; i++) {
            long household = TestHouseholds.open(areas.compound);
            VisitTestSupport.openedOn(db, household, ChinaTime.today().minusMonths(2 + i).toString());
        }
        reminders.run(mondayMorning(0));
        reminders.run(mondayMorning(0).plusSeconds(86_400 * 2));
        List<JsonPath> digests = notices(cadre, "VISITS_DIGEST");
        assertThat(digests).hasSize(1);
        assertThat(digests.get(0).getString("subject")).contains("3 户");
        assertThat(digests.get(0).getString("body")).contains("重点关注 3 户").doesNotContain("intensive");
        assertThat(notices(otherCadre, "VISITS_DIGEST")).isEmpty();
        reminders.run(mondayMorning(1));
        assertThat(notices(cadre, "VISITS_DIGEST")).hasSize(2);
    }

    @Test
    void whileAnotherInstanceHoldsTheLockTheJobSkipsAndSendsNothing() throws Exception {
        TestAreas areas = TestAreas.create();
        TestUser worker = TestUsers.worker(areas.community);
        long household = TestHouseholds.open(areas.compound);
        VisitTestSupport.openedOn(db, household, ChinaTime.today().minusMonths(2).toString());
        try (var other = db.getConnection()) {
            other.setAutoCommit(false);
            other.createStatement().execute("select pg_advisory_xact_lock(hashtext('tongxing-visit-reminders'))");
            assertThat(reminders.run(Instant.now())).isEqualTo(new VisitReminders.Result(0, 0));
            other.rollback();
        }
        assertThat(overdueNotices(worker)).isEmpty();
        assertThat(reminders.run(Instant.now()).reminders()).isGreaterThanOrEqualTo(1);
        assertThat(overdueNotices(worker)).hasSize(1);
    }

    private static List<JsonPath> overdueNotices(TestUser user) {
        return notices(user, "VISIT_OVERDUE");
    }

    private static List<JsonPath> notices(TestUser user, String kind) {
        JsonPath inbox = user.request().queryParam("size", 200).get("/api/me/notifications").jsonPath();
        List<Map<String, Object>> items = inbox.getList("items");
        return items.stream().filter(n -> kind.equals(n.get("kind"))).map(n -> new JsonPath(toJson(n))).toList();
    }

    private static String toJson(Map<String, Object> map) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(map);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
