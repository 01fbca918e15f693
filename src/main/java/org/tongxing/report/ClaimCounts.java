package org.tongxing.report;

import static org.tongxing.report.StatisticsSql.count;

import java.util.ArrayList;
import java.util.List;

/**
 * Claims made in the period on the area's needs, per organisation, with how many were confirmed; claims by
 * individual volunteers are counted together.
 */
public record ClaimCounts(List<OrganisationClaims> byOrganisation, long volunteerClaims, long volunteerConfirmed) {

    public record OrganisationClaims(long organisationId, String name, long claims, long confirmed) {
    }

    static ClaimCounts query(StatisticsSql sql) {
        List<Object[]> rows = sql.rows("""
                select c.organisation_id, o.name, count(*), count(*) filter (where c.status = 'CONFIRMED')
                from claim c join need n on n.id = c.need_id left join organisation o on o.id = c.organisation_id
                where n.area_code like :area and c.created_at >= :start and c.created_at < :end
                group by c.organisation_id, o.name order by count(*) desc, o.name""");
        List<OrganisationClaims> organisations = rows.stream().filter(r -> r[0] != null)
                .map(r -> new OrganisationClaims(count(r[0]), (String) r[1], count(r[2]), count(r[3]))).toList();
        Object[] volunteers = rows.stream().filter(r -> r[0] == null).findFirst().orElse(new Object[4]);
        return new ClaimCounts(organisations, count(volunteers[2]), count(volunteers[3]));
    }

    Table table(ReportLabels l) {
        List<Table.Row> rows = new ArrayList<>();
        for (OrganisationClaims o : byOrganisation) {
            rows.add(Table.Row.of(List.of(Cell.text(o.name()), l.count(o.claims()), l.count(o.confirmed()))));
        }
        rows.add(Table.Row.of(List.of(Cell.text(l.rp.individual_volunteers()), l.count(volunteerClaims),
                l.count(volunteerConfirmed))));
        long claims = volunteerClaims + byOrganisation.stream().mapToLong(OrganisationClaims::claims).sum();
        long confirmed = volunteerConfirmed + byOrganisation.stream().mapToLong(OrganisationClaims::confirmed).sum();
        rows.add(Table.Row.totals(List.of(Cell.text(l.rp.total()), l.count(claims), l.count(confirmed))));
        return new Table("claims", l.rp.section_claims(), l.rp.note_claims(),
                List.of(l.rp.claimant(), l.rp.claims(), l.rp.confirmed()), rows,
                new Table.Chart("bar", false, List.of(1, 2)));
    }
}
