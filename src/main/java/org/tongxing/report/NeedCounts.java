package org.tongxing.report;

import static org.tongxing.report.StatisticsSql.count;

import java.util.List;

import org.tongxing.need.NeedCategory;
import org.tongxing.need.NeedStatus;

/** Needs posted in the period, by category and by the status they have now. */
public record NeedCounts(long total, List<Count> byCategoryAndStatus) {

    public record Count(NeedCategory category, NeedStatus status, long needs) {
    }

    static NeedCounts query(StatisticsSql sql) {
        List<Count> counts = sql.rows("""
                select category, status, count(*) from need
                where area_code like :area and created_at >= :start and created_at < :end
                group by category, status order by category, status""").stream()
                .map(r -> new Count(NeedCategory.valueOf((String) r[0]), NeedStatus.valueOf((String) r[1]),
                        count(r[2])))
                .toList();
        return new NeedCounts(counts.stream().mapToLong(Count::needs).sum(), counts);
    }

    public long of(NeedCategory category, NeedStatus status) {
        return byCategoryAndStatus.stream().filter(c -> c.category == category && c.status == status)
                .mapToLong(Count::needs).sum();
    }

    Table table(ReportLabels l) {
        return Table.crossTab("needs", l.rp.section_needs(), l.rp.note_needs(), l.rp.category(),
                List.of(NeedCategory.values()), l.need::category, List.of(NeedStatus.values()), l.need::need_status,
                this::of, l);
    }
}
