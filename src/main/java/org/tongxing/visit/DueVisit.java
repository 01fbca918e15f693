package org.tongxing.visit;

import java.time.LocalDate;

import org.tongxing.household.Composition;
import org.tongxing.household.Tier;

/** A household due (or overdue) a visit; {@code daysLate} is positive when overdue, negative for days left. */
public record DueVisit(long householdId, String areaCode, String addressLine, String contactName, Tier tier,
        Composition composition, LocalDate lastVisitedOn, LocalDate dueOn, int daysLate, VisitPlan.State state) {

    public boolean overdue() {
        return daysLate > 0;
    }

    public int daysLeft() {
        return -daysLate;
    }
}
