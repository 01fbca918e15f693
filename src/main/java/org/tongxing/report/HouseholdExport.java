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
import org.tongxing.common.ChinaTime;
import org.tongxing.common.Filter;
import org.tongxing.household.Household;
import org.tongxing.household.HouseholdFilter;
import org.tongxing.household.HouseholdSummary;
import org.tongxing.privacy.AccessPolicy;
import org.tongxing.privacy.Disclosure;
import org.tongxing.privacy.DisclosureLog;

/**
 * The case files of the caller's area as the household list shows them ({@link HouseholdSummary}: contact name
 * and address, no member details). Each chunk is recorded in the disclosure log before it is written.
 */
@ApplicationScoped
public class HouseholdExport {

    @Inject
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    DisclosureLog disclosures;

    Export prepare(HouseholdFilter filter) {
        String area = AccessPolicy.narrow(filter.areaPrefix, access.caseAreaScope());
        Filter where = new Filter().startsWith("areaCode", area).equal("tier", filter.tier)
                .equal("hardshipCategory", filter.hardshipCategory).equal("composition", filter.composition);
        Viewer viewer = access.viewer();
        return new Export() {
            @Override
            public FileName fileName(ReportLabels l) {
                return ExportNames.list(l.rp.file_households(), "case-files", area, l);
            }

            @Override
            public void write(SheetWriter out, ReportLabels l) throws IOException {
                out.sheet(l.rp.export_households(), headers(l));
                ExportChunks.forEach(em, "Household", where, ids -> {
                    List<HouseholdSummary> rows = summaries(ids);
                    disclosures.record(viewer,
                            rows.stream().map(h -> new DisclosureLog.Entry(h.id(), null, null)).toList(),
                            DisclosureLog.ROW_FIELDS, ExportNames.PURPOSE, Disclosure.Channel.EXPORT);
                    for (HouseholdSummary h : rows) {
                        out.row(row(h, l));
                    }
                    out.flush();
                });
            }
        };
    }

    private List<HouseholdSummary> summaries(List<Long> ids) {
        var today = ChinaTime.today();
        Map<Long, Household> byId = em.createQuery("select distinct h from Household h left join fetch h.members"
                + " where h.id in :ids", Household.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(h -> h.id, Function.identity()));
        return ids.stream().map(byId::get).map(h -> HouseholdSummary.from(h, today)).toList();
    }

    private static List<String> headers(ReportLabels l) {
        return List.of(l.rp.col_id(), l.rp.col_area_code(), l.rp.col_area(), l.rp.col_address(), l.rp.col_contact(),
                l.rp.hardship(), l.rp.col_composition(), l.rp.col_tier(), l.rp.col_members(), l.rp.col_minors(),
                l.rp.col_updated());
    }

    private static List<Object> row(HouseholdSummary h, ReportLabels l) {
        return ExportNames.values(h.id(), h.areaCode(), l.areaName(h.areaCode()), h.addressLine(), h.contactName(),
                l.hh.hardship(h.hardshipCategory()), l.hh.composition(h.composition()), l.hh.tier(h.tier()),
                h.memberCount(), h.minorCount(), h.updatedAt());
    }
}
