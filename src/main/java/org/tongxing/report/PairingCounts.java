package org.tongxing.report;

import static org.tongxing.report.StatisticsSql.count;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Long-term pairs (结对) and 1+3+1 support groups of the area's households: active at some time in the period
 * (begun before its end and not ended before its start), begun in it, and ended in it; and of those whose outcome
 * was judged in the period (their latest review, the final one first), how many improved in some dimension (the
 * seeds' "70% improved").
 */
public record PairingCounts(long pairsActive, long pairsBegun, long pairsEnded, long groupsActive, long groupsFormed,
        long groupsEnded, long reviewed, long improved) {

    static PairingCounts query(StatisticsSql sql) {
        Object[] pairs = sql.row("""
                select count(*) filter (where p.since < :end and (p.ended_at is null or p.ended_at >= :start)),
                       count(*) filter (where p.since >= :start and p.since < :end),
                       count(*) filter (where p.ended_at >= :start and p.ended_at < :end)
                from pairing p join household h on h.id = p.household_id where h.area_code like :area""");
        Object[] groups = sql.row("""
                select count(*) filter (where g.formed_at < :end and (g.ended_at is null or g.ended_at >= :start)),
                       count(*) filter (where g.formed_at >= :start and g.formed_at < :end),
                       count(*) filter (where g.ended_at >= :start and g.ended_at < :end)
                from support_group g join household h on h.id = g.household_id where h.area_code like :area""");
        // Per pair or group its latest judged review (the final one if there is one), judged in the period.
        Object[] reviews = sql.row("""
                select count(*), count(*) filter (where x.improved) from (
                  select distinct on (coalesce(r.pairing_id, -r.support_group_id)) r.improved
                  from commitment_review r join household h on h.id = r.household_id
                  where h.area_code like :area and r.improved is not null and r.updated_at >= :start
                    and r.updated_at < :end
                  order by coalesce(r.pairing_id, -r.support_group_id), (r.kind = 'FINAL') desc) x""");
        return new PairingCounts(count(pairs[0]), count(pairs[1]), count(pairs[2]), count(groups[0]), count(groups[1]),
                count(groups[2]), count(reviews[0]), count(reviews[1]));
    }

    Table table(ReportLabels l) {
        return new Table("pairs-and-groups", l.rp.section_pairs_groups(), l.rp.note_pairs_groups() + " " + outcomes(l),
                List.of(l.rp.measure(), l.rp.active(), l.rp.begun(), l.rp.ended()), List.of(
                        Table.Row.of(List.of(Cell.text(l.rp.pairs()), l.count(pairsActive), l.count(pairsBegun),
                                l.count(pairsEnded))),
                        Table.Row.of(List.of(Cell.text(l.rp.groups()), l.count(groupsActive), l.count(groupsFormed),
                                l.count(groupsEnded)))),
                new Table.Chart("bar", false, List.of(1, 2, 3)));
    }

    /** The reviewed and improved figures, in words after the table's note (they count other things than its rows). */
    private String outcomes(ReportLabels l) {
        if (reviewed == 0) {
            return l.rp.none_reviewed();
        }
        BigDecimal percent = BigDecimal.valueOf(improved * 100).divide(BigDecimal.valueOf(reviewed), 1,
                RoundingMode.HALF_UP);
        return l.rp.reviewed_improved(reviewed, improved, l.decimal(percent, 1).text() + "%");
    }
}
