package org.tongxing.backup;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.tongxing.backup.Catalog.ForeignKey;
import org.tongxing.backup.Catalog.Table;

/**
 * Writes a verified archive into the empty tables: each with one COPY, in foreign-key order, with the keys that
 * close a cycle dropped meanwhile and added back afterwards (which checks every row they cover); then sets the
 * sequences where they stood.
 */
final class Loader {

    private final Connection connection;
    private final CopyManager copy;

    Loader(Connection connection) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    void load(BackupArchive archive, Map<String, Table> tables, LoadOrder order) throws SQLException, IOException {
        alter(order.deferred(), "drop constraint %2$s");
        for (String name : order.tables()) {
            copyIn(tables.get(name), archive.manifest().table(name), archive);
        }
        alter(order.deferred(), "add constraint %2$s %3$s");
        setSequences(archive.manifest().sequences());
    }

    private void copyIn(Table table, Manifest.TableEntry entry, BackupArchive archive)
            throws SQLException, IOException {
        try (InputStream data = archive.data(entry)) {
            long rows = copy.copyIn(table.copyIn(), data);
            if (rows != entry.rows()) {
                throw new RestoreRefused(table.name() + " loaded " + rows + " rows; the manifest says " + entry.rows());
            }
        }
    }

    private void alter(List<ForeignKey> keys, String change) throws SQLException {
        try (var statement = connection.createStatement()) {
            for (ForeignKey key : keys) {
                statement.execute(String.format("alter table %1$s " + change, Catalog.quote(key.table()),
                        Catalog.quote(key.name()), key.definition()));
            }
        }
    }

    private void setSequences(List<Manifest.SequenceValue> sequences) throws SQLException {
        try (var setval = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
            for (Manifest.SequenceValue sequence : sequences) {
                setval.setString(1, Catalog.quote(sequence.name()));
                setval.setLong(2, sequence.lastValue());
                setval.setBoolean(3, sequence.isCalled());
                setval.execute();
            }
        }
    }
}
