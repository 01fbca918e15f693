package org.tongxing.report;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.tongxing.account.Viewer;
import org.tongxing.common.Filter;
import org.tongxing.common.Role;
import org.tongxing.household.Household;
import org.tongxing.need.Need;
import org.tongxing.need.NeedFilter;
import org.tongxing.need.NeedView;
import org.tongxing.need.NeedViews;
import org.tongxing.privacy.AccessPolicy;
import org.tongxing.privacy.Disclosure;
import org.tongxing.privacy.DisclosureLog;

/**
 * The needs of the caller's case files (a family: its own) as the need list shows them: {@link NeedViews} at the
 * case-worker level, with the description as written. Each chunk is recorded in the disclosure log first.
 */
@ApplicationScoped
public class NeedExport {

    /** What a case-worker view of a need shows beyond the public one. */
    static final List<String> FIELDS = List.of("householdId", "description");

    @Inject
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    NeedViews views;

    @Inject
    DisclosureLog disclosures;

    /** The same scope as the need list: a family sees its own household's needs, staff those of their area. */
    Export prepare(NeedFilter filter) {
        Viewer viewer = access.viewer();
        boolean family = viewer.is(Role.FAMILY);
        boolean elsewhere = family && filter.householdId != null && !filter.householdId.equals(viewer.householdId());
        String area = family ? filter.areaPrefix : AccessPolicy.narrow(filter.areaPrefix, access.caseAreaScope());
        Filter where = new Filter().equal("status", filter.status).equal("category", filter.category)
                .startsWith("areaCode", area).equal("urgency", filter.urgency).equal("visibility", filter.visibility)
                .equal("householdId", family ? viewer.householdId() : filter.householdId).when(elsewhere, "1 = 0");
        return new Export() {
            @Override
            public FileName fileName(ReportLabels l) {
                return ExportNames.list(l.rp.file_needs(), "needs", family ? null : area, l);
            }

            @Override
            public void write(SheetWriter out, ReportLabels l) throws IOException {
                out.sheet(l.rp.export_needs(), headers(l));
                ExportChunks.forEach(em, "Need", where, ids -> {
                    List<NeedView> rows = needs(ids);
                    disclosures.record(viewer,
                            rows.stream().map(n -> new DisclosureLog.Entry(n.householdId(), n.id(), null))
                                    .toList(),
                            FIELDS, ExportNames.PURPOSE, Disclosure.Channel.EXPORT);
                    for (NeedView n : rows) {
                        out.row(row(n, l));
                    }
                    out.flush();
                });
            }
        };
    }

    private List<NeedView> needs(List<Long> ids) {
        List<Need> needs = em.createQuery("from Need where id in :ids order by id", Need.class).setParameter("ids", ids)
                .getResultList();
        Map<Long, Household> households = em.createQuery("select distinct h from Household h left join fetch h.members"
                + " where h.id in :ids", Household.class)
                .setParameter("ids", needs.stream().map(n -> n.householdId).distinct().toList()).getResultStream()
                .collect(Collectors.toMap(h -> h.id, Function.identity()));
        return needs.stream().map(n -> views.caseWorker(n, households.get(n.householdId))).toList();
    }

    private static List<String> headers(ReportLabels l) {
        return List.of(l.rp.col_id(), l.rp.category(), l.rp.col_status(), l.rp.col_urgency(), l.rp.col_visibility(),
                l.rp.col_area_code(), l.rp.col_area(), l.rp.col_household(), l.rp.col_composition(),
                l.rp.col_children(),
                l.rp.col_description(), l.rp.col_wanted_by(), l.rp.col_created(), l.rp.col_updated(),
                l.rp.col_cancel_reason());
    }

    private static List<Object> row(NeedView n, ReportLabels l) {
        return ExportNames.values(n.id(), l.need.category(n.category()), l.need.need_status(n.status()),
                l.need.urgency(n.urgency()), l.need.visibility(n.visibility()), n.areaCode(), l.areaName(n.areaCode()),
                n.householdId(), l.hh.composition(n.household().composition()), n.household().children(),
                n.description(), n.wantedBy(), n.createdAt(), n.updatedAt(), n.cancelReason());
    }
}
