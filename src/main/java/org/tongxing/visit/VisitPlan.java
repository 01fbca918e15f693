package org.tongxing.visit;

import java.time.LocalDate;
import java.time.Period;

/**
 * When a household is next due a visit. {@code daysLate} counts from the due date: positive when overdue,
 * zero on the day, negative for the days still left.
 */
public record VisitPlan(Basis basis, LocalDate basisOn, Period interval, LocalDate dueOn, int daysLate, State state) {

    public int daysLeft() {
        return -daysLate;
    }

    public enum Basis {
        LAST_VISIT, FILE_OPENED
    }

    public enum State {
        OVERDUE, DUE_SOON, SCHEDULED;

        static State of(int daysLate, int dueSoonDays) {
            return daysLate > 0 ? OVERDUE : -daysLate <= dueSoonDays ? DUE_SOON : SCHEDULED;
        }
    }
}
