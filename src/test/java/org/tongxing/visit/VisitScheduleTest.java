package org.tongxing.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;
import org.tongxing.household.Tier;

/** The follow-up arithmetic, with the default intervals: intensive monthly, regular quarterly, stable half-yearly. */
class VisitScheduleTest {

    private static final LocalDate OPENED = LocalDate.of(2026, 11, 20);

    private static Period interval(Tier tier) {
        return switch (tier) {
            case INTENSIVE -> Period.parse("P1M");
            case REGULAR -> Period.parse("P3M");
            case STABLE -> Period.parse("P6M");
        };
    }

    private static VisitPlan plan(LocalDate lastVisit, Tier tier, LocalDate today) {
        return VisitSchedule.plan(OPENED, lastVisit, interval(tier), today, 14);
    }

    @Test
    void eachTierIsDueOneOfItsIntervalsAfterTheLastVisit() {
        LocalDate visited = LocalDate.of(2027, 3, 10);
        assertThat(plan(visited, Tier.INTENSIVE, visited).dueOn()).isEqualTo("2027-04-10");
        assertThat(plan(visited, Tier.REGULAR, visited).dueOn()).isEqualTo("2027-06-10");
        assertThat(plan(visited, Tier.STABLE, visited).dueOn()).isEqualTo("2027-09-10");
    }

    @Test
    void aMonthAfterTheThirtyFirstIsTheLastDayOfAShorterMonth() {
        assertThat(plan(LocalDate.of(2027, 1, 31), Tier.INTENSIVE, OPENED).dueOn()).isEqualTo("2027-02-28");
        assertThat(plan(LocalDate.of(2028, 1, 31), Tier.INTENSIVE, OPENED).dueOn()).isEqualTo("2028-02-29");
        assertThat(plan(LocalDate.of(2027, 3, 31), Tier.INTENSIVE, OPENED).dueOn()).isEqualTo("2027-04-30");
        assertThat(plan(LocalDate.of(2026, 11, 30), Tier.REGULAR, OPENED).dueOn()).isEqualTo("2027-02-28");
        assertThat(plan(LocalDate.of(2027, 8, 31), Tier.STABLE, OPENED).dueOn()).isEqualTo("2028-02-29");
        assertThat(plan(LocalDate.of(2027, 12, 31), Tier.INTENSIVE, OPENED).dueOn()).isEqualTo("2028-01-31");
    }

    @Test
    void theMonthEndDoesNotDriftAcrossSuccessiveVisitsOnTheirDueDates() {
        LocalDate visit = LocalDate.of(2027, 1, 31);
        for (int i = 0; i < 3; i++) {
            visit = plan(visit, Tier.INTENSIVE, visit).dueOn();
        }
        // Jan 31 → Feb 28 → Mar 28 → Apr 28: each visit resets the schedule from its own day.
        assertThat(visit).isEqualTo("2027-04-28");
    }

    @Test
    void aHouseholdNeverVisitedIsDueFromTheDayItsFileWasOpened() {
        VisitPlan plan = plan(null, Tier.INTENSIVE, LocalDate.of(2026, 12, 1));
        assertThat(plan.basis()).isEqualTo(VisitPlan.Basis.FILE_OPENED);
        assertThat(plan.basisOn()).isEqualTo(OPENED);
        assertThat(plan.dueOn()).isEqualTo("2026-12-20");
    }

    @Test
    void aTierChangeReplansFromTheSameLastVisit() {
        LocalDate visited = LocalDate.of(2027, 1, 15);
        LocalDate today = LocalDate.of(2027, 3, 1);
        VisitPlan stable = plan(visited, Tier.STABLE, today);
        VisitPlan raised = plan(visited, Tier.INTENSIVE, today);
        assertThat(stable.dueOn()).isEqualTo("2027-07-15");
        assertThat(stable.state()).isEqualTo(VisitPlan.State.SCHEDULED);
        // Raised to intensive six weeks after the visit: the visit is due at once, and by then 14 days late.
        assertThat(raised.dueOn()).isEqualTo("2027-02-15");
        assertThat(raised.daysLate()).isEqualTo(14);
        assertThat(raised.state()).isEqualTo(VisitPlan.State.OVERDUE);
        VisitPlan lowered = plan(visited, Tier.REGULAR, today);
        assertThat(lowered.dueOn()).isEqualTo("2027-04-15");
        assertThat(lowered.daysLeft()).isEqualTo(45);
    }

    @Test
    void lateCountsFromTheDueDateAndDueSoonFromTheHorizon() {
        LocalDate visited = LocalDate.of(2027, 1, 31);
        assertThat(plan(visited, Tier.INTENSIVE, LocalDate.of(2027, 2, 28)).daysLate()).isZero();
        assertThat(plan(visited, Tier.INTENSIVE, LocalDate.of(2027, 2, 28)).state())
                .isEqualTo(VisitPlan.State.DUE_SOON);
        assertThat(plan(visited, Tier.INTENSIVE, LocalDate.of(2027, 3, 1)).daysLate()).isEqualTo(1);
        assertThat(plan(visited, Tier.INTENSIVE, LocalDate.of(2027, 2, 14)).state())
                .isEqualTo(VisitPlan.State.DUE_SOON);
        assertThat(plan(visited, Tier.INTENSIVE, LocalDate.of(2027, 2, 13)).state())
                .isEqualTo(VisitPlan.State.SCHEDULED);
    }

    @Test
    void configuredIntervalsWithDaysAddMonthsFirst() {
        assertThat(VisitSchedule.dueOn(LocalDate.of(2027, 1, 31), Period.parse("P1M3D"))).isEqualTo("2027-03-03");
        assertThat(VisitSchedule.dueOn(LocalDate.of(2027, 1, 31), Period.parse("P45D"))).isEqualTo("2027-03-17");
    }
}
