package org.tongxing.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The application's tables, foreign keys and sequences as PostgreSQL describes them (current schema), so that a new
 * migration is backed up without anyone touching this package. Flyway's history is the schema, not data: left out.
 */
final class Catalog {

    static final String FLYWAY_HISTORY = "flyway_schema_history";

    /** A table and its stored columns (generated ones are computed again on load, and COPY refuses them). */
    record Table(String name, List<String> columns) {

        String copyOut() {
            return "copy " + quote(name) + " (" + columnList() + ") to stdout";
        }

        String copyIn() {
            return "copy " + quote(name) + " (" + columnList() + ") from stdin";
        }

        private String columnList() {
            return String.join(", ", columns.stream().map(Catalog::quote).toList());
        }
    }

    /** A foreign key with its definition as {@code pg_get_constraintdef} gives it, enough to add it again. */
    record ForeignKey(String name, String table, String referenced, String definition) {
    }

    private final Connection connection;

    Catalog(Connection connection) {
        this.connection = connection;
    }

    /** The version of the last migration applied, as Flyway recorded it ("10", "8.2"). */
    Optional<String> schemaVersion() throws SQLException {
        List<String> versions = strings("select version from " + FLYWAY_HISTORY
                + " where success and version is not null order by installed_rank desc limit 1");
        return versions.stream().findFirst();
    }

    List<Table> tables() throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (var query = connection.prepareStatement("select c.relname, a.attname from pg_class c"
                + " join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped"
                + " where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')"
                + " and c.relname <> ? and a.attgenerated = '' order by c.relname, a.attnum")) {
            query.setString(1, FLYWAY_HISTORY);
            ResultSet rows = query.executeQuery();
            while (rows.next()) {
                columns.computeIfAbsent(rows.getString(1), t -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return columns.entrySet().stream().map(e -> new Table(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    List<ForeignKey> foreignKeys() throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        try (var query = connection
                .prepareStatement("select k.conname, c.relname, f.relname, pg_get_constraintdef(k.oid)"
                        + " from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class f on f.oid = k.confrelid"
                        + " where k.contype = 'f' and c.relnamespace = current_schema()::regnamespace order by 2, 1")) {
            ResultSet rows = query.executeQuery();
            while (rows.next()) {
                keys.add(new ForeignKey(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)));
            }
        }
        return keys;
    }

    List<String> sequenceNames() throws SQLException {
        return strings("select relname from pg_class where relnamespace = current_schema()::regnamespace"
                + " and relkind = 'S' order by relname");
    }

    Manifest.SequenceValue sequence(String name) throws SQLException {
        try (var query = connection.createStatement()) {
            ResultSet row = query.executeQuery("select last_value, is_called from " + quote(name));
            row.next();
            return new Manifest.SequenceValue(name, row.getLong(1), row.getBoolean(2));
        }
    }

    boolean hasRows(Table table) throws SQLException {
        try (var query = connection.createStatement()) {
            ResultSet row = query.executeQuery("select exists (select 1 from " + quote(table.name()) + ")");
            row.next();
            return row.getBoolean(1);
        }
    }

    /** Names come from the catalog, never from an archive; quoted all the same. */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (var query = connection.createStatement()) {
            ResultSet rows = query.executeQuery(sql);
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
