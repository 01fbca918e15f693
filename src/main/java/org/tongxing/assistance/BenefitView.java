package org.tongxing.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A benefit as its case workers and the family read it; the member is named by id, never by name. */
public record BenefitView(long id, long householdId, Long memberId, BenefitKind kind, BenefitStatus status,
        LocalDate appliedOn, LocalDate decidedOn, LocalDate endedOn, BigDecimal monthlyAmount, BigDecimal oneOffAmount,
        LocalDate recheckOn, String note, long version) {

    static BenefitView from(Benefit b) {
        return new BenefitView(b.id, b.householdId, b.memberId, b.kind, b.status, b.appliedOn, b.decidedOn, b.endedOn,
                b.monthlyAmount, b.oneOffAmount, b.recheckOn, b.note, b.version);
    }
}
