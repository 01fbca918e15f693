package org.tongxing.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/**
 * A table's chart as horizontal bars the server draws in inline SVG, from the table's own numbers: no chart
 * library to download (the dashboard stays within the page-weight promise), and the chart shows without
 * JavaScript. Lengths are percentages of the chart's width, so it fits any screen; the table stays the record.
 */
public record BarChart(List<Series> series, List<Bar> bars, int height) {

    static final int ROW = 18;
    static final int GAP = 10;
    /** Where the bars start and how wide they may grow, in percent of the chart's width. */
    static final double START = 38;
    static final double SPAN = 60;
    private static final String[] PALETTE = {"#0b5cab", "#b54708", "#1d6b35", "#6b3fa0", "#b10e1e", "#00727a",
            "#7a5c00", "#4a4a4a", "#ad1457"};

    /** One series (a column of the table) and its colour. */
    public record Series(String name, String colour) {
    }

    /** One drawn rectangle at {@code y}; a row's label is drawn with its first rectangle, on {@code textY}. */
    public record Bar(String label, int y, int textY, String x, String width, String colour, String value) {
    }

    /** For templates: {@code {table.barChart}}, or null for a table without a chart. */
    @TemplateExtension
    static BarChart barChart(Table table) {
        return table.chart() == null ? null : of(table);
    }

    static BarChart of(Table table) {
        List<Integer> columns = table.chart().series();
        boolean stacked = table.chart().stacked();
        List<Table.Row> rows = table.rows().stream().filter(r -> !r.total()).toList();
        double max = rows.stream().mapToDouble(r -> stacked ? columns.stream().mapToDouble(c -> value(r, c)).sum()
                : columns.stream().mapToDouble(c -> value(r, c)).max().orElse(0)).max().orElse(0);
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            series.add(new Series(table.headers().get(columns.get(i)), PALETTE[i % PALETTE.length]));
        }
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (Table.Row row : rows) {
            double x = START;
            for (int i = 0; i < columns.size(); i++) {
                double width = max == 0 ? 0 : value(row, columns.get(i)) / max * SPAN;
                String label = i == 0 ? row.label().text() : null;
                bars.add(new Bar(label, y + 2, y + 13, percent(x), percent(width), series.get(i).colour(),
                        row.cells().get(columns.get(i)).text()));
                if (stacked) {
                    x += width;
                } else {
                    y += ROW;
                }
            }
            y += (stacked ? ROW : 0) + GAP;
        }
        return new BarChart(series, bars, Math.max(y, ROW));
    }

    private static double value(Table.Row row, int column) {
        return row.cells().get(column).value() instanceof Number n ? n.doubleValue() : 0;
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.2f%%", value);
    }
}
