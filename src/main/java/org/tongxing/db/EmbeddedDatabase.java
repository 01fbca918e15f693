package org.tongxing.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL server per JVM. It is started lazily, the first time the datasource asks
 * for its URL, and stays up across dev-mode reloads; a shutdown hook registered by the library stops it.
 */
final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    static final String DATABASE = "tongxing";
    static final String USER = "postgres";

    private static EmbeddedPostgres server;

    private EmbeddedDatabase() {
    }

    static synchronized String jdbcUrl(Path dataDirectory, boolean ephemeral) {
        if (server == null) {
            server = start(dataDirectory, ephemeral);
            createDatabaseIfMissing();
        }
        return server.getJdbcUrl(USER, DATABASE);
    }

    private static EmbeddedPostgres start(Path dataDirectory, boolean ephemeral) {
        try {
            Path directory = ephemeral ? Files.createTempDirectory("tongxing-pg-") : dataDirectory.toAbsolutePath();
            Files.createDirectories(directory);
            LOG.infof("Starting embedded PostgreSQL in %s%s", directory, ephemeral ? " (discarded on exit)" : "");
            return EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(ephemeral)
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "200")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL could not start", e);
        }
    }

    private static void createDatabaseIfMissing() {
        try (var connection = server.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                connection.createStatement().execute("create database " + DATABASE + " encoding 'UTF8' template template0");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not create the database in the embedded PostgreSQL", e);
        }
    }
}
