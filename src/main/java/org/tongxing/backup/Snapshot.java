package org.tongxing.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

/**
 * One REPEATABLE READ, READ ONLY transaction on a pooled connection of its own, outside JTA (whose transaction
 * timeout would cut a long backup short): every table is read as of the instant of its first query while the
 * service goes on writing. Rolled back and returned on close.
 */
final class Snapshot implements AutoCloseable {

    private final Connection connection;
    private final Catalog catalog;
    private final String schemaVersion;

    private Snapshot(Connection connection) throws SQLException {
        this.connection = connection;
        this.catalog = new Catalog(connection);
        // The transaction's first read fixes the snapshot.
        this.schemaVersion = catalog.schemaVersion().orElseThrow(() -> new SQLException("No Flyway migration applied"));
    }

    static Snapshot take(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("set transaction isolation level repeatable read, read only");
            }
            TextFormat.fix(connection);
            return new Snapshot(connection);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    String schemaVersion() {
        return schemaVersion;
    }

    List<Catalog.Table> tables() throws SQLException {
        return catalog.tables();
    }

    /** Sequences are not transactional: read after the snapshot, they are at least as far as its rows. */
    List<Manifest.SequenceValue> sequences() throws SQLException {
        List<Manifest.SequenceValue> values = new ArrayList<>();
        for (String name : catalog.sequenceNames()) {
            values.add(catalog.sequence(name));
        }
        return values;
    }

    /** Streams the table as COPY text; returns its row count. */
    long copy(Catalog.Table table, OutputStream out) throws SQLException, IOException {
        return connection.unwrap(PGConnection.class).getCopyAPI().copyOut(table.copyOut(), out);
    }

    /** The households the archive will hold, hence disclose. */
    List<Long> householdIds() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (var query = connection.createStatement()) {
            var rows = query.executeQuery("select id from household");
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    @Override
    public void close() {
        try (connection) {
            connection.rollback();
        } catch (SQLException e) {
            // Nothing was written; the pool discards a connection it cannot reset.
        }
    }
}
