package org.tongxing.visit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.tongxing.need.NeedCategory;

/** A recorded visit, for the household's case workers. */
public record VisitView(long id, long householdId, long workerId, String workerName, Instant visitedAt,
        LocalDate visitedOn, VisitChannel channel, VisitOutcome outcome, BigDecimal latitude, BigDecimal longitude,
        String locationNote,
        String findings, CheckResult livingConditions, CheckResult health, CheckResult schooling,
        List<Noticed> noticedNeeds) {

    public record Noticed(NeedCategory category, Long needId) {
    }

    public static VisitView from(Visit v, String workerName) {
        return new VisitView(v.id, v.householdId, v.workerId, workerName, v.visitedAt, v.visitedOn, v.channel,
                v.outcome,
                v.latitude,
                v.longitude, v.locationNote, v.findings, v.livingConditions, v.health, v.schooling,
                v.noticedNeeds.stream().map(n -> new Noticed(n.category, n.needId)).toList());
    }
}
