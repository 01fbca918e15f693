package org.tongxing.report;

import static org.tongxing.report.StatisticsSql.count;
import static org.tongxing.report.StatisticsSql.real;

import java.util.List;

/**
 * How long needs posted in the period waited: from posting to their first claim, and from posting to the
 * confirmation that made them fulfilled. Medians (PostgreSQL's percentile_cont) over the needs that got there.
 */
public record ResponseTimes(Median toClaim, Median toFulfilment) {

    /** @param medianHours null when no need got there */
    public record Median(long needs, Double medianHours) {

        Double medianDays() {
            return medianHours == null ? null : medianHours / 24;
        }
    }

    static ResponseTimes query(StatisticsSql sql) {
        Object[] r = sql.row("""
                select count(r.claimed_at),
                       extract(epoch from percentile_cont(0.5) within group (order by r.claimed_at - r.posted_at)) / 3600,
                       count(r.fulfilled_at),
                       extract(epoch from percentile_cont(0.5) within group (order by r.fulfilled_at - r.posted_at)) / 3600
                from (select n.created_at as posted_at, min(c.created_at) as claimed_at,
                             max(c.confirmed_at) filter (where c.status = 'CONFIRMED') as fulfilled_at
                      from need n join claim c on c.need_id = n.id
                      where n.area_code like :area and n.created_at >= :start and n.created_at < :end
                      group by n.id) r""");
        return new ResponseTimes(new Median(count(r[0]), real(r[1])), new Median(count(r[2]), real(r[3])));
    }

    Table table(ReportLabels l) {
        List<String> headers = List.of(l.rp.measure(), l.rp.needs_counted(), l.rp.median_hours(), l.rp.median_days());
        return new Table("response-times", l.rp.section_response_times(), l.rp.note_response_times(), headers,
                List.of(row(l.rp.to_claim(), toClaim, l), row(l.rp.to_fulfilment(), toFulfilment, l)), null);
    }

    private static Table.Row row(String label, Median m, ReportLabels l) {
        return Table.Row.of(List.of(Cell.text(label), l.count(m.needs()), l.decimal(m.medianHours(), 1),
                l.decimal(m.medianDays(), 1)));
    }
}
