package org.tongxing.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * COPY's text format is an exact round trip only when both ends print values alike, whatever the server's or the
 * JVM's defaults: instants in UTC, ISO dates, shortest exact floats, hex bytea. Set for the transaction alone
 * ({@code set local}), so the pooled connection keeps its own settings afterwards.
 */
final class TextFormat {

    private static final List<String> SETTINGS = List.of(
            "set local timezone = 'UTC'",
            "set local datestyle = 'ISO, YMD'",
            "set local intervalstyle = 'postgres'",
            "set local extra_float_digits = 1",
            "set local bytea_output = 'hex'");

    private TextFormat() {
    }

    static void fix(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String setting : SETTINGS) {
                statement.execute(setting);
            }
        }
    }
}
