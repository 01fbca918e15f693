package org.tongxing.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongBiFunction;
import java.util.stream.IntStream;

/**
 * A section of the statistics as rows and columns. The same table is the dashboard's fallback (and what its
 * charts are drawn from), part of the CSV export and a sheet of the XLSX export. The first cell of each row
 * names the row.
 *
 * @param chart how the dashboard draws it; null for a table without a chart
 */
public record Table(String id, String title, String note, List<String> headers, List<Row> rows, Chart chart) {

    /** @param total a row of totals, which charts leave out */
    public record Row(List<Cell> cells, boolean total) {

        public static Row of(List<Cell> cells) {
            return new Row(List.copyOf(cells), false);
        }

        public static Row totals(List<Cell> cells) {
            return new Row(List.copyOf(cells), true);
        }

        public Cell label() {
            return cells.get(0);
        }

        public List<Cell> values() {
            return cells.subList(1, cells.size());
        }
    }

    /**
     * @param type the kind of chart (bar)
     * @param stacked whether the series are stacked in one bar per row
     * @param series the columns drawn, by index
     */
    public record Chart(String type, boolean stacked, List<Integer> series) {

        public String seriesList() {
            return String.join(",", series.stream().map(String::valueOf).toList());
        }
    }

    /** Rows by columns of counts with a total per row and a row of totals; charted as stacked bars. */
    static <R, C> Table crossTab(String id, String title, String note, String corner, List<R> rowKeys,
            Function<R, String> rowLabel, List<C> columnKeys, Function<C, String> columnLabel,
            ToLongBiFunction<R, C> count, ReportLabels l) {
        List<String> headers = new ArrayList<>(List.of(corner));
        columnKeys.forEach(c -> headers.add(columnLabel.apply(c)));
        headers.add(l.rp.total());
        List<Row> rows = new ArrayList<>();
        for (R r : rowKeys) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(rowLabel.apply(r))));
            columnKeys.forEach(c -> cells.add(l.count(count.applyAsLong(r, c))));
            cells.add(l.count(columnKeys.stream().mapToLong(c -> count.applyAsLong(r, c)).sum()));
            rows.add(Row.of(cells));
        }
        List<Cell> totals = new ArrayList<>(List.of(Cell.text(l.rp.total())));
        columnKeys.forEach(c -> totals.add(l.count(rowKeys.stream().mapToLong(r -> count.applyAsLong(r, c)).sum())));
        totals.add(l.count(rowKeys.stream().flatMap(r -> columnKeys.stream().map(c -> count.applyAsLong(r, c)))
                .mapToLong(Long::longValue).sum()));
        rows.add(Row.totals(totals));
        List<Integer> series = IntStream.rangeClosed(1, columnKeys.size()).boxed().toList();
        return new Table(id, title, note, headers, rows, new Chart("bar", true, series));
    }
}
