package org.tongxing.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The statistics as a file. XLSX: a sheet naming the scope, then one sheet per section, as on the dashboard.
 * CSV: one long table (section, item, measure, value) that a pivot table or a script can read back. Counts
 * only, so nothing here reaches the disclosure log.
 */
@ApplicationScoped
public class StatisticsExport {

    @Inject
    StatisticsService statistics;

    Export prepare(StatisticsQuery query, ExportFormat format) {
        StatisticsScope scope = statistics.scope(query);
        Statistics result = statistics.compute(scope);
        return new Export() {
            @Override
            public FileName fileName(ReportLabels l) {
                return ExportNames.statistics(scope, l);
            }

            @Override
            public void write(SheetWriter out, ReportLabels l) throws IOException {
                List<Table> tables = new ArrayList<>(List.of(scopeTable(scope, l)));
                tables.addAll(result.tables(l));
                if (format == ExportFormat.CSV) {
                    longTable(out, tables, l);
                } else {
                    for (Table t : tables) {
                        out.sheet(t.title(), t.headers());
                        for (Table.Row r : t.rows()) {
                            out.row(r.cells().stream().map(Cell::value).toList());
                        }
                    }
                }
            }
        };
    }

    private static void longTable(SheetWriter out, List<Table> tables, ReportLabels l) throws IOException {
        out.sheet(l.rp.title(), List.of(l.rp.col_section(), l.rp.col_row(), l.rp.col_column(), l.rp.col_value()));
        for (Table t : tables) {
            for (Table.Row r : t.rows()) {
                for (int c = 1; c < r.cells().size(); c++) {
                    out.row(ExportNames.values(t.title(), r.label().text(), t.headers().get(c),
                            r.cells().get(c).value()));
                }
            }
        }
    }

    private static Table scopeTable(StatisticsScope scope, ReportLabels l) {
        String area = scope.area() == null ? l.rp.whole_instance()
                : l.areaName(scope.area()) + " (" + scope.area() + ")";
        return new Table("scope", l.rp.title(), null, List.of(l.rp.measure(), l.rp.col_value()), List.of(
                Table.Row.of(List.of(Cell.text(l.rp.area()), Cell.text(area))),
                Table.Row.of(List.of(Cell.text(l.rp.from()), new Cell(scope.from(), l.date(scope.from())))),
                Table.Row.of(List.of(Cell.text(l.rp.to()), new Cell(scope.to(), l.date(scope.to()))))), null);
    }
}
