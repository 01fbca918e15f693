package org.tongxing.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.tongxing.backup.Catalog.Table;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;

/**
 * Loads a backup into an empty database of the same schema version, in one transaction outside JTA (whose
 * timeout would cut a large restore short): every check that can refuse comes before the first write; then the
 * load; then each table is read back, counted and hashed, and the whole is committed only if all of it equals the
 * manifest.
 */
@ApplicationScoped
public class Restore {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    public Manifest from(Path path) {
        try (BackupArchive archive = BackupArchive.open(path, json);
                Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                TextFormat.fix(connection);
                restore(archive, connection);
                connection.commit();
                return archive.manifest();
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("The restore from " + path + " failed; nothing was written", e);
        }
    }

    private static void restore(BackupArchive archive, Connection connection) throws SQLException, IOException {
        Catalog catalog = new Catalog(connection);
        Map<String, Table> tables = catalog.tables().stream()
                .collect(Collectors.toMap(Table::name, Function.identity()));
        lockAll(connection, tables.keySet());
        RestoreChecks.refuseUnlessFits(archive.manifest(), catalog, tables);
        archive.verify();
        RestoreChecks.refuseUnlessEmpty(catalog, tables.values());
        new Loader(connection).load(archive, tables, LoadOrder.of(tables.keySet(), catalog.foreignKeys()));
        ReadBack.compare(archive, catalog, tables, connection);
    }

    /** No other instance may write while the tables are found empty and filled. */
    private static void lockAll(Connection connection, Collection<String> tables) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("lock table " + String.join(", ", tables.stream().map(Catalog::quote).toList())
                    + " in exclusive mode");
        }
    }
}
