package org.tongxing.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.tongxing.claim.ServiceTotals;
import org.tongxing.matching.commitment.GroupView;
import org.tongxing.matching.commitment.PairingView;
import org.tongxing.need.NeedCategory;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A programme with its goal progress, service totals, pairs and groups, rubric and evaluations, as its viewer may
 * see them. {@code pairs} and {@code groups} list what {@code progress.pairsActive} / {@code groupsActive} count, as
 * staff of the area see them; they are left out for the lead organisation, which never sees the households.
 */
public record ProgrammeView(long id, String name, String areaCode, long leadOrganisationId, String leadOrganisationName,
        LocalDate startsOn, LocalDate endsOn, String description, long memberCount, Progress progress,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<PairingView> pairs,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<GroupView> groups,
        List<RubricItemView> rubric, List<EvaluationView> evaluations, long version) {

    /**
     * Counted from the service log, the visit log and the pairs and groups of member households within the period;
     * a pair or group counts when it was active at some time in it.
     */
    public record Progress(List<GoalProgress> goals, long services, BigDecimal hours, long personTimes,
            long householdsServed, long visits, long pairsActive, long groupsActive, List<CategoryTotals> byCategory) {
    }

    public record CategoryTotals(NeedCategory category, long services, BigDecimal hours, long personTimes) {
        static CategoryTotals from(ServiceTotals t) {
            return new CategoryTotals(NeedCategory.valueOf(t.key()), t.services(), t.hours(), t.personTimes());
        }
    }

    /** How far a goal is reached; {@code percent} is rounded down and may pass 100. */
    public record GoalProgress(GoalMetric metric, BigDecimal target, BigDecimal actual, int percent) {
    }

    public record RubricItemView(long id, int position, String name, BigDecimal weight, BigDecimal maxScore) {
        static RubricItemView from(RubricItem i) {
            return new RubricItemView(i.id, i.position, i.name, i.weight, i.maxScore);
        }
    }

    public record EvaluationView(long id, EvaluationRound.Kind kind, long evaluatorId, String evaluatorName,
            EvaluationRound.Status status, BigDecimal weightedTotal, String comment, List<ScoreView> scores,
            Instant submittedAt, ReviewedOutcomes outcomes, long version) {
    }

    public record ScoreView(long itemId, String name, BigDecimal weight, BigDecimal maxScore, BigDecimal score,
            String comment) {
    }
}
