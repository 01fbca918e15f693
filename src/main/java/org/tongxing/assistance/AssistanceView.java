package org.tongxing.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One-off assistance as its case workers and the family read it. */
public record AssistanceView(long id, long householdId, AssistanceKind kind, LocalDate givenOn, BigDecimal amount,
        String what, String givenBy) {

    static AssistanceView from(AssistanceRecord r) {
        return new AssistanceView(r.id, r.householdId, r.kind, r.givenOn, r.amount, r.what, r.givenBy);
    }
}
