package org.tongxing.report;

import static org.tongxing.report.StatisticsSql.count;

import java.util.List;

import org.tongxing.household.HardshipCategory;
import org.tongxing.household.Tier;

/** Case files on record at the end of the period, by hardship category and follow-up tier (as they stand now). */
public record HouseholdCounts(long total, List<Count> byCategoryAndTier) {

    public record Count(HardshipCategory hardshipCategory, Tier tier, long households) {
    }

    static HouseholdCounts query(StatisticsSql sql) {
        List<Count> counts = sql.rows("""
                select hardship_category, tier, count(*) from household
                where area_code like :area and created_at < :end
                group by hardship_category, tier order by hardship_category, tier""").stream()
                .map(r -> new Count(HardshipCategory.valueOf((String) r[0]), Tier.valueOf((String) r[1]), count(r[2])))
                .toList();
        return new HouseholdCounts(counts.stream().mapToLong(Count::households).sum(), counts);
    }

    public long of(HardshipCategory category, Tier tier) {
        return byCategoryAndTier.stream().filter(c -> c.hardshipCategory == category && c.tier == tier)
                .mapToLong(Count::households).sum();
    }

    Table table(ReportLabels l) {
        return Table.crossTab("households", l.rp.section_households(), l.rp.note_households(), l.rp.hardship(),
                List.of(HardshipCategory.values()), l.hh::hardship, List.of(Tier.values()), l.hh::tier, this::of, l);
    }
}
