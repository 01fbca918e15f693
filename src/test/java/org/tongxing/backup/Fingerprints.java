package org.tongxing.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Every application table's row count and an md5 of its rows that PostgreSQL computes by itself, independently of
 * the backup code ({@code md5(string_agg(t::text, ',' order by t::text))}), and every sequence's state.
 */
record Fingerprints(SortedMap<String, Table> tables, SortedMap<String, String> sequences) {

    record Table(long rows, String md5) {
    }

    static Fingerprints of(EmbeddedPostgres database) throws SQLException {
        try (Connection connection = database.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("set timezone = 'UTC'");
            SortedMap<String, Table> tables = new TreeMap<>();
            for (String table : names(connection, "r")) {
                if (!table.equals("flyway_schema_history")) {
                    tables.put(table, table(connection, table));
                }
            }
            SortedMap<String, String> sequences = new TreeMap<>();
            for (String sequence : names(connection, "S")) {
                var row = connection.createStatement().executeQuery("select last_value, is_called from " + sequence);
                row.next();
                sequences.put(sequence, row.getLong(1) + (row.getBoolean(2) ? " (called)" : " (not called)"));
            }
            return new Fingerprints(tables, sequences);
        }
    }

    Comparison compareWith(Fingerprints other) {
        return new Comparison(this, other);
    }

    /** A table by table comparison, printable for the record of a drill. */
    record Comparison(Fingerprints a, Fingerprints b) {

        List<String> differences() {
            List<String> differences = new ArrayList<>();
            if (!a.tables.keySet().equals(b.tables.keySet())) {
                differences.add("tables " + a.tables.keySet() + " against " + b.tables.keySet());
            }
            a.tables.forEach((name, table) -> {
                if (!table.equals(b.tables.get(name))) {
                    differences.add(name + ": " + table + " against " + b.tables.get(name));
                }
            });
            if (!a.sequences.equals(b.sequences)) {
                differences.add("sequences " + a.sequences + " against " + b.sequences);
            }
            return differences;
        }

        long rows() {
            return a.tables.values().stream().mapToLong(Table::rows).sum();
        }

        String report() {
            StringBuilder report = new StringBuilder(String.format("%-30s %8s %8s  %-32s  %s%n", "table", "rows A",
                    "rows B", "md5 of rows A", "B"));
            a.tables.forEach((name, table) -> {
                Table other = b.tables.get(name);
                report.append(String.format("%-30s %8d %8d  %-32s  %s%n", name, table.rows(), other.rows(), table.md5(),
                        table.md5().equals(other.md5()) ? "equal" : other.md5()));
            });
            report.append(String.format("%-30s %8d %8d%n", "total", rows(), b.tables.values().stream()
                    .mapToLong(Table::rows).sum()));
            a.sequences.forEach((name, value) -> report.append(String.format("%-30s %s  %s%n", name, value,
                    value.equals(b.sequences.get(name)) ? "equal" : b.sequences.get(name))));
            return report.toString();
        }
    }

    private static Table table(Connection connection, String table) throws SQLException {
        var row = connection.createStatement().executeQuery("select count(*), coalesce(md5(string_agg(t::text, ','"
                + " order by t::text)), '(empty)') from " + table + " t");
        row.next();
        return new Table(row.getLong(1), row.getString(2));
    }

    private static List<String> names(Connection connection, String kind) throws SQLException {
        List<String> names = new ArrayList<>();
        var rows = connection.createStatement().executeQuery("select relname from pg_class where relkind = '" + kind
                + "' and relnamespace = 'public'::regnamespace order by relname");
        while (rows.next()) {
            names.add(rows.getString(1));
        }
        return names;
    }
}
