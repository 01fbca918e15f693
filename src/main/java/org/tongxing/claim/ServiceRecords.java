package org.tongxing.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.tongxing.account.Viewer;
import org.tongxing.privacy.AccessPolicy;

/**
 * Service delivered under claims, pairs and groups (one service model), added up per need, household, volunteer,
 * organisation, category, pair, group or source over a date range:
 * hours, person-times (人次) and number of services. Each viewer sees the part that is theirs: workers and
 * cadres their area, volunteers and organisations their own work, administrators everything.
 */
@ApplicationScoped
public class ServiceRecords {

    @Inject
    EntityManager em;

    @Inject
    AccessPolicy access;

    public List<ServiceTotals> totals(ServiceRecordQuery query) {
        String key = key(query.groupBy);
        Viewer viewer = access.viewer();
        String scope = switch (viewer.role()) {
            case ADMIN -> "true";
            case WORKER, CADRE -> "h.area_code like :scope";
            case VOLUNTEER -> "s.volunteer_id = :scope";
            case ORG_MEMBER -> "s.organisation_id = :scope";
            case FAMILY -> "s.household_id = :scope";
        };
        Query sql = em.createNativeQuery("select " + key + " as k, count(*), sum(s.hours), sum(s.person_times)"
                + " from service_log s join household h on h.id = s.household_id"
                + " where " + scope + " and (cast(:from as date) is null or s.served_on >= :from)"
                + " and (cast(:to as date) is null or s.served_on <= :to) and " + key + " is not null"
                + " group by k order by k")
                .setParameter("from", query.from).setParameter("to", query.to);
        switch (viewer.role()) {
            case WORKER, CADRE -> sql.setParameter("scope", viewer.areaCode() + "%");
            case VOLUNTEER -> sql.setParameter("scope", viewer.volunteerId());
            case ORG_MEMBER -> sql.setParameter("scope", viewer.organisationId());
            case FAMILY -> sql.setParameter("scope", viewer.householdId());
            case ADMIN -> {
            }
        }
        return rows(sql);
    }

    /**
     * Services to the given households over a period, whoever delivered them: the totals of a programme. Not
     * narrowed to the viewer, so the caller must have checked that the viewer may see these households' totals.
     */
    public List<ServiceTotals> totalsOf(Collection<Long> householdIds, ServiceRecordQuery.GroupBy groupBy,
            LocalDate from,
            LocalDate to) {
        if (householdIds.isEmpty()) {
            return List.of();
        }
        String key = key(groupBy);
        return rows(em.createNativeQuery("select " + key + " as k, count(*), sum(s.hours), sum(s.person_times)"
                + " from service_log s where s.household_id in (:households) and s.served_on between :from and :to"
                + " and " + key + " is not null group by k order by k")
                .setParameter("households", householdIds).setParameter("from", from).setParameter("to", to));
    }

    private static String key(ServiceRecordQuery.GroupBy groupBy) {
        return switch (groupBy) {
            case NEED -> "s.need_id::text";
            case HOUSEHOLD -> "s.household_id::text";
            case VOLUNTEER -> "s.volunteer_id::text";
            case ORGANISATION -> "s.organisation_id::text";
            case CATEGORY -> "s.category";
            case PAIRING -> "s.pairing_id::text";
            case GROUP -> "s.support_group_id::text";
            case SOURCE -> "(case when s.claim_id is not null then 'CLAIM' when s.pairing_id is not null then 'PAIRING'"
                    + " else 'GROUP' end)";
        };
    }

    private static List<ServiceTotals> rows(Query sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = sql.getResultList();
        return rows.stream().map(r -> new ServiceTotals((String) r[0], ((Number) r[1]).longValue(),
                (BigDecimal) r[2], ((Number) r[3]).longValue())).toList();
    }
}
