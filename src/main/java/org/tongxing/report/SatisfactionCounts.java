package org.tongxing.report;

import static org.tongxing.report.StatisticsSql.count;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** How the help confirmed in the period was rated (1 to 5), and how often no rating was given. */
public record SatisfactionCounts(List<Score> byScore, long unrated, BigDecimal average) {

    public record Score(int score, long claims) {
    }

    static SatisfactionCounts query(StatisticsSql sql) {
        List<Object[]> rows = sql.rows("""
                select c.satisfaction, count(*) from claim c join need n on n.id = c.need_id
                where c.status = 'CONFIRMED' and n.area_code like :area
                  and c.confirmed_at >= :start and c.confirmed_at < :end
                group by c.satisfaction""");
        List<Score> scores = IntStream.rangeClosed(1, 5).mapToObj(s -> new Score(s, rows.stream()
                .filter(r -> r[0] != null && ((Number) r[0]).intValue() == s).mapToLong(r -> count(r[1])).sum()))
                .toList();
        long unrated = rows.stream().filter(r -> r[0] == null).mapToLong(r -> count(r[1])).sum();
        return new SatisfactionCounts(scores, unrated, average(scores));
    }

    /** The mean score over the rated claims, from the five counts; null when nothing was rated. */
    private static BigDecimal average(List<Score> scores) {
        long rated = scores.stream().mapToLong(Score::claims).sum();
        long sum = scores.stream().mapToLong(s -> s.score() * s.claims()).sum();
        return rated == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_UP);
    }

    Table table(ReportLabels l) {
        List<Table.Row> rows = new ArrayList<>();
        for (Score s : byScore) {
            rows.add(Table.Row.of(List.of(Cell.text(l.rp.score(s.score())), l.count(s.claims()))));
        }
        rows.add(Table.Row.totals(List.of(Cell.text(l.rp.unrated()), l.count(unrated))));
        String note = average == null ? l.rp.note_satisfaction() : l.rp.note_satisfaction() + " "
                + l.rp.average(l.decimal(average, 2).text());
        return new Table("satisfaction", l.rp.section_satisfaction(), note, List.of(l.rp.score_header(), l.rp.claims()),
                rows, new Table.Chart("bar", false, List.of(1)));
    }
}
