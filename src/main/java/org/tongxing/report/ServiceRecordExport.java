package org.tongxing.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.tongxing.account.Viewer;
import org.tongxing.claim.ServiceLog;
import org.tongxing.claim.ServiceView;
import org.tongxing.common.Filter;
import org.tongxing.household.Household;
import org.tongxing.need.Need;
import org.tongxing.need.NeedAccess;
import org.tongxing.need.NeedView;
import org.tongxing.organisation.Organisation;
import org.tongxing.privacy.AccessPolicy;
import org.tongxing.privacy.Disclosure;
import org.tongxing.privacy.DisclosureLog;
import org.tongxing.privacy.ViewLevel;
import org.tongxing.volunteer.Volunteer;

/**
 * Service records, each caller their part as in the service totals: workers and cadres their area, volunteers
 * and organisations their own work, a family its own household, administrators everything. Each record comes
 * with its need as {@link NeedAccess} lets the caller see it, so a claimant sees a redacted description, and the
 * contact only while the claim is accepted and the family consented (logged by NeedAccess; the disclosure log
 * tells an export by its path).
 */
@ApplicationScoped
public class ServiceRecordExport {

    @Inject
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    NeedAccess needAccess;

    @Inject
    DisclosureLog disclosures;

    Export prepare(ServiceExportQuery query) {
        if (query.from != null && query.to != null && query.from.isAfter(query.to)) {
            throw new InvalidDateRange("The period ends before it starts", "from", "must not be after to");
        }
        Viewer viewer = access.viewer();
        Filter where = scope(viewer, query).where("servedOn >= :from", "from", query.from)
                .where("servedOn <= :to", "to", query.to)
                // A row per claim and need, as before; the contacts of pairs and groups are in their own log.
                .when(true, "claimId is not null");
        return new Export() {
            @Override
            public FileName fileName(ReportLabels l) {
                return ExportNames.list(l.rp.file_services(), "service-records", query.areaPrefix, l);
            }

            @Override
            public void write(SheetWriter out, ReportLabels l) throws IOException {
                out.sheet(l.rp.export_services(), headers(l));
                Map<Long, NeedView> needs = new HashMap<>();
                Map<String, String> helpers = new HashMap<>();
                ExportChunks.forEach(em, "ServiceLog", where, ids -> {
                    List<ServiceLog> logs = em
                            .createQuery("from ServiceLog where id in :ids order by id", ServiceLog.class)
                            .setParameter("ids", ids).getResultList();
                    recordCaseWorkerViews(viewer, logs, needs);
                    for (ServiceLog s : logs) {
                        out.row(row(ServiceView.from(s), s, needs.get(s.needId), helper(s, helpers), l));
                    }
                    out.flush();
                });
            }
        };
    }

    private Filter scope(Viewer viewer, ServiceExportQuery query) {
        Filter where = new Filter();
        return switch (viewer.role()) {
            case ADMIN, WORKER, CADRE ->
                where.where("householdId in (select h.id from Household h where h.areaCode like :area)",
                        "area", orAll(AccessPolicy.narrow(query.areaPrefix, access.caseAreaScope())) + "%");
            case VOLUNTEER -> where.equal("volunteerId", viewer.volunteerId());
            case ORG_MEMBER -> where.equal("organisationId", viewer.organisationId());
            case FAMILY -> where.equal("householdId", viewer.householdId());
        };
    }

    /**
     * Looks up each need once per export, through the one mapping that decides what the caller sees, and records
     * the case-worker views among them before they are written.
     */
    private void recordCaseWorkerViews(Viewer viewer, List<ServiceLog> logs, Map<Long, NeedView> needs) {
        List<Long> fresh = logs.stream().map(s -> s.needId).distinct().filter(id -> !needs.containsKey(id)).toList();
        if (fresh.isEmpty()) {
            return;
        }
        em.createQuery("select distinct h from Household h left join fetch h.members where h.id in "
                + "(select n.householdId from Need n where n.id in :ids)", Household.class).setParameter("ids", fresh)
                .getResultList();
        List<DisclosureLog.Entry> shown = new ArrayList<>();
        for (Need need : em.createQuery("from Need where id in :ids", Need.class).setParameter("ids", fresh)
                .getResultList()) {
            NeedView view = needAccess.view(need).orElse(null);
            needs.put(need.id, view);
            if (view != null && view.view() == ViewLevel.CASE_WORKER) {
                shown.add(new DisclosureLog.Entry(need.householdId, need.id, null));
            }
        }
        disclosures.record(viewer, shown, NeedExport.FIELDS, ExportNames.PURPOSE, Disclosure.Channel.EXPORT);
    }

    private static String helper(ServiceLog s, Map<String, String> helpers) {
        String key = s.volunteerId != null ? "v" + s.volunteerId : "o" + s.organisationId;
        return helpers.computeIfAbsent(key,
                k -> s.volunteerId != null ? Volunteer.<Volunteer>findById(s.volunteerId).name
                        : Organisation.<Organisation>findById(s.organisationId).name);
    }

    private static String orAll(String area) {
        return area == null ? "" : area;
    }

    private static List<String> headers(ReportLabels l) {
        return List.of(l.rp.col_served_on(), l.rp.category(), l.rp.hours(), l.rp.person_times(), l.rp.col_helper(),
                l.rp.col_need(), l.rp.col_claim(), l.rp.col_area_code(), l.rp.col_area(), l.rp.col_household(),
                l.rp.col_composition(), l.rp.col_contact(), l.rp.col_contact_phone(), l.rp.col_description(),
                l.rp.col_note());
    }

    private static List<Object> row(ServiceView s, ServiceLog log, NeedView n, String helper, ReportLabels l) {
        boolean seen = n != null;
        NeedView.Contact contact = seen ? n.contact() : null;
        return ExportNames.values(s.servedOn(), l.need.category(log.category), s.hours(), s.personTimes(), helper,
                log.needId, s.claimId(), seen ? n.areaCode() : null, seen ? l.areaName(n.areaCode()) : null,
                seen ? n.householdId() : null, seen ? l.hh.composition(n.household().composition()) : null,
                contact == null ? null : contact.name(), contact == null ? null : contact.phone(),
                seen ? n.description() : null, s.note());
    }
}
