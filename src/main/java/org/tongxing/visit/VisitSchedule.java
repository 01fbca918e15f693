package org.tongxing.visit;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * The follow-up rule: the next visit is due one interval of the household's current tier after its last
 * visit, or after the day its file was opened if it was never visited. Calendar arithmetic is ISO: a month
 * after 31 January is the last day of February. The same rule runs in SQL for lists (see {@link DueVisits}),
 * and a test holds the two to the same answers.
 */
public final class VisitSchedule {

    private VisitSchedule() {
    }

    public static LocalDate dueOn(LocalDate basis, Period interval) {
        return basis.plus(interval);
    }

    public static VisitPlan plan(LocalDate openedOn, LocalDate lastVisitedOn, Period interval, LocalDate today,
            int dueSoonDays) {
        boolean visited = lastVisitedOn != null;
        LocalDate basis = visited ? lastVisitedOn : openedOn;
        LocalDate due = dueOn(basis, interval);
        int daysLate = (int) ChronoUnit.DAYS.between(due, today);
        return new VisitPlan(visited ? VisitPlan.Basis.LAST_VISIT : VisitPlan.Basis.FILE_OPENED, basis, interval, due,
                daysLate, VisitPlan.State.of(daysLate, dueSoonDays));
    }
}
