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
 * A kept data directory is durable; a server left running by a JVM that was killed is stopped first.
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
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(ephemeral)
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "200")
                    // Runs after the library has locked the directory against other JVMs, before the server starts.
                    .setDataDirectoryCustomizer(OrphanedPostmaster::stopIn);
            return (ephemeral ? builder : durable(builder)).start();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL could not start", e);
        }
    }

    /**
     * The library's defaults suit throw-away test servers: its {@code -F} flag turns fsync off and it commits
     * asynchronously, so a crash lost the last writes that had been answered. A kept data directory holds a real
     * district's case files: every acknowledged commit must be on disk. ({@code -c fsync=on} follows {@code -F}
     * on the server's command line, and the later setting wins.)
     */
    private static EmbeddedPostgres.Builder durable(EmbeddedPostgres.Builder builder) {
        return builder.setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
    }

    private static void createDatabaseIfMissing() {
        try (var connection = server.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                connection.createStatement()
                        .execute("create database " + DATABASE + " encoding 'UTF8' template template0");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not create the database in the embedded PostgreSQL", e);
        }
    }
}
