package org.tongxing.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.tongxing.claim.ServiceRecordQuery.GroupBy;
import org.tongxing.claim.ServiceRecords;
import org.tongxing.claim.ServiceTotals;
import org.tongxing.visit.Visit;

/**
 * Counts a programme's progress from the service log (via ServiceRecords), the visit log, and the pairs and groups
 * of its members.
 */
@ApplicationScoped
public class ProgrammeProgress {

    @Inject
    ServiceRecords records;

    ProgrammeView.Progress of(Programme p, List<Long> members, ProgrammeCommitments commitments) {
        List<ServiceTotals> byHousehold = records.totalsOf(members, GroupBy.HOUSEHOLD, p.startsOn, p.endsOn);
        long services = byHousehold.stream().mapToLong(ServiceTotals::services).sum();
        BigDecimal hours = byHousehold.stream().map(ServiceTotals::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        long personTimes = byHousehold.stream().mapToLong(ServiceTotals::personTimes).sum();
        long visits = Visit.countOf(members, p.startsOn, p.endsOn);
        long pairs = commitments.pairs().size();
        long groups = commitments.groups().size();
        Map<GoalMetric, BigDecimal> actual = Map.of(GoalMetric.HOUSEHOLDS_SERVED,
                BigDecimal.valueOf(byHousehold.size()),
                GoalMetric.SERVICE_HOURS, hours, GoalMetric.PERSON_TIMES, BigDecimal.valueOf(personTimes),
                GoalMetric.VISITS, BigDecimal.valueOf(visits), GoalMetric.PAIRS, BigDecimal.valueOf(pairs),
                GoalMetric.GROUPS, BigDecimal.valueOf(groups));
        List<ProgrammeView.GoalProgress> goals = new ArrayList<>();
        for (GoalMetric metric : GoalMetric.values()) {
            BigDecimal target = p.goals.get(metric);
            if (target != null) {
                goals.add(new ProgrammeView.GoalProgress(metric, target, actual.get(metric),
                        percent(actual.get(metric), target)));
            }
        }
        return new ProgrammeView.Progress(goals, services, hours, personTimes, byHousehold.size(), visits, pairs,
                groups,
                records.totalsOf(members, GroupBy.CATEGORY, p.startsOn, p.endsOn).stream()
                        .map(ProgrammeView.CategoryTotals::from).toList());
    }

    static int percent(BigDecimal actual, BigDecimal target) {
        return actual.multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.DOWN).intValue();
    }
}
