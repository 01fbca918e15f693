package org.tongxing.visit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.tongxing.common.ChinaTime;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;
import org.tongxing.common.Role;
import org.tongxing.household.Composition;
import org.tongxing.household.FollowUpConfig;
import org.tongxing.household.Tier;
import org.tongxing.privacy.AccessPolicy;
import org.tongxing.privacy.Disclosure;
import org.tongxing.privacy.DisclosureLog;

/**
 * The follow-up rule of {@link VisitSchedule} as SQL, so that lists of thousands of households can be filtered,
 * sorted and paged in the database. PostgreSQL adds an ISO-8601 interval ('P1M') to a date exactly as
 * {@code LocalDate.plus(Period)} does (31 January + 1 month = the last day of February); VisitScheduleAgreementTest
 * checks that for every day of a leap and a common year.
 */
@ApplicationScoped
public class DueVisits {

    /**
     * One row per household: id, area_code, tier, tier_rank, last_visited_on, opened_on, due_on, days_late.
     * Parameters :today, :intensive, :regular, :stable are bound by {@link #bind}.
     */
    static final String TABLE = """
            (select h.id, h.area_code, h.tier, h.address_line, h.composition, h.contact_member_id,
                case h.tier when 'INTENSIVE' then 0 when 'REGULAR' then 1 else 2 end as tier_rank,
                lv.visited_on as last_visited_on, b.opened_on, b.due_on, cast(:today as date) - b.due_on as days_late
             from household h
             left join lateral (select max(v.visited_on) as visited_on from visit v where v.household_id = h.id
                 and v.outcome = 'MET' and v.channel in ('QR_CODE', 'RECORDED')) lv on true
             cross join lateral (select cast(h.created_at at time zone 'Asia/Shanghai' as date) as opened_on,
                 cast(coalesce(lv.visited_on, cast(h.created_at at time zone 'Asia/Shanghai' as date))
                     + case h.tier when 'INTENSIVE' then cast(:intensive as interval)
                                   when 'REGULAR' then cast(:regular as interval)
                                   else cast(:stable as interval) end as date) as due_on) b)
            """;

    @Inject
    FollowUpConfig followUp;

    @Inject
    EntityManager em;

    @Inject
    VisitConfig config;

    @Inject
    AccessPolicy access;

    @Inject
    DisclosureLog disclosures;

    /**
     * Households of the viewer's area due a visit within the horizon (overdue ones first within each tier),
     * most urgent tier first. Administrators' lists are recorded as disclosures, as the household list is.
     */
    public Page<DueVisit> list(DueFilter filter, PageParams page) {
        LocalDate today = ChinaTime.today();
        int within = filter.within == null ? config.dueSoonDays() : filter.within;
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where d.due_on <= cast(:horizon as date)");
        params.put("horizon", filter.overdueOnly ? today.minusDays(1) : today.plusDays(within));
        String area = AccessPolicy.narrow(filter.areaPrefix, access.caseAreaScope());
        if (area != null) {
            where.append(" and d.area_code like :area");
            params.put("area", area + "%");
        }
        if (filter.tier != null) {
            where.append(" and d.tier = :tier");
            params.put("tier", filter.tier.name());
        }
        Query count = query("select count(*) from " + TABLE + " d" + where, today);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        Query rows = query("select d.id, d.area_code, d.address_line, m.name, d.tier, d.composition, d.last_visited_on,"
                + " d.due_on, d.days_late from " + TABLE
                + " d left join household_member m on m.id = d.contact_member_id"
                + where + " order by d.tier_rank, d.due_on, d.id", today)
                .setFirstResult(page.page * page.size).setMaxResults(page.size);
        params.forEach(rows::setParameter);
        @SuppressWarnings("unchecked")
        List<DueVisit> items = ((List<Object[]>) rows.getResultList()).stream().map(this::row).toList();
        recordAdminRead(items);
        return new Page<>(items, page.page, page.size, total, (int) ((total + page.size - 1) / page.size));
    }

    private DueVisit row(Object[] r) {
        int daysLate = ((Number) r[8]).intValue();
        return new DueVisit(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                Tier.valueOf((String) r[4]), Composition.valueOf((String) r[5]), date(r[6]), date(r[7]),
                daysLate, VisitPlan.State.of(daysLate, config.dueSoonDays()));
    }

    static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private void recordAdminRead(List<DueVisit> items) {
        if (access.viewer().is(Role.ADMIN) && !items.isEmpty()) {
            disclosures.record(access.viewer(),
                    items.stream().map(d -> new DisclosureLog.Entry(d.householdId(), null, null))
                            .toList(),
                    DisclosureLog.ROW_FIELDS, "ADMINISTRATION", Disclosure.Channel.API);
        }
    }

    Query query(String sql, LocalDate today) {
        return bind(em.createNativeQuery(sql), today);
    }

    Query bind(Query query, LocalDate today) {
        return query.setParameter("today", today)
                .setParameter("intensive", followUp.interval(Tier.INTENSIVE).toString())
                .setParameter("regular", followUp.interval(Tier.REGULAR).toString())
                .setParameter("stable", followUp.interval(Tier.STABLE).toString());
    }
}
