package org.tongxing.report;

import java.time.LocalDate;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.tongxing.area.Area;
import org.tongxing.area.AreaNames;
import org.tongxing.common.ChinaTime;
import org.tongxing.common.NotFound;
import org.tongxing.household.FollowUpConfig;
import org.tongxing.privacy.AccessPolicy;

/**
 * Counts the statistics of an area and period inside the caller's own area. Every number is an aggregate computed
 * by PostgreSQL; no case file, need or claim is loaded into Java.
 */
@ApplicationScoped
public class StatisticsService {

    static final int MAX_YEARS = 10;

    @Inject
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    AreaNames areaNames;

    @Inject
    FollowUpConfig followUp;

    /**
     * The scope asked for, narrowed to the caller's area (a worker asking for the whole street gets their
     * community); a period defaults to the twelve months up to today.
     */
    public StatisticsScope scope(StatisticsQuery query) {
        if (query.area != null && Area.findById(query.area) == null) {
            throw new NotFound("area", query.area);
        }
        String area = AccessPolicy.narrow(query.area, access.caseAreaScope());
        LocalDate to = query.to == null ? ChinaTime.today() : query.to;
        LocalDate from = query.from == null ? to.minusYears(1).plusDays(1) : query.from;
        if (from.isAfter(to)) {
            throw new InvalidDateRange("The period ends before it starts", "from", "must not be after to");
        }
        if (from.isBefore(to.minusYears(MAX_YEARS))) {
            throw new InvalidDateRange("The period spans more than " + MAX_YEARS + " years", "from",
                    "must be at most " + MAX_YEARS + " years before to");
        }
        return new StatisticsScope(area, from, to);
    }

    /**
     * All sections from one snapshot of the database, so that they add up with each other. Each query is planned
     * for its own area: a plan cached for a whole district (a scan of everything) would be wrong for a community
     * (a few index ranges), and planning costs a millisecond against aggregates that cost tens.
     */
    @Transactional
    public Statistics compute(StatisticsScope scope) {
        em.createNativeQuery("set transaction isolation level repeatable read, read only").executeUpdate();
        em.createNativeQuery("set local plan_cache_mode = force_custom_plan").executeUpdate();
        StatisticsSql sql = new StatisticsSql(em, scope, Map.of("today", ChinaTime.today(),
                "intensive", followUp.intensive().toString(), "regular", followUp.regular().toString(),
                "stable", followUp.stable().toString()));
        return new Statistics(scope.area(), areaNames.nameZh(scope.area()), scope.from(), scope.to(),
                HouseholdCounts.query(sql), NeedCounts.query(sql), ResponseTimes.query(sql), ClaimCounts.query(sql),
                ServiceCounts.query(sql), PairingCounts.query(sql), VisitCounts.query(sql),
                SatisfactionCounts.query(sql),
                BecameVolunteers.query(sql));
    }
}
