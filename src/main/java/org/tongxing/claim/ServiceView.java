package org.tongxing.claim;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record ServiceView(long id, long claimId, LocalDate servedOn, BigDecimal hours, int personTimes, String note,
        Instant createdAt) {

    public static ServiceView from(ServiceLog s) {
        return new ServiceView(s.id, s.claimId, s.servedOn, s.hours, s.personTimes, s.note, s.createdAt);
    }
}
