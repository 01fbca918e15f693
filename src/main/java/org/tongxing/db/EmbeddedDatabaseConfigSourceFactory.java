package org.tongxing.db;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.quarkus.runtime.ExecutionMode;
import io.quarkus.runtime.ExecutionModeManager;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;

/**
 * Supplies the datasource when none is configured: with no {@code quarkus.datasource.jdbc.url} the service
 * runs on an embedded PostgreSQL whose data directory persists under {@code tongxing.embedded-db.data-dir}.
 * With a URL configured it contributes nothing, so an external PostgreSQL is used and nothing is started.
 * <p>
 * The decision is made when the application starts, never during the build: the build reads the configuration
 * too, and records every value a source offers then as a default of the packaged application. Offering
 * {@code tongxing.embedded-db.active=true} at build time (when no URL is set) once made every jar behave as
 * embedded on an external database: demo data and its public password, a mocked mailer, a stored QR secret.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String URL = "quarkus.datasource.jdbc.url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (ExecutionModeManager.getExecutionMode() == ExecutionMode.UNSET || isSet(context.getValue(URL))) {
            return List.of();
        }
        Path dataDirectory = Path.of(valueOr(context.getValue("tongxing.embedded-db.data-dir"), "data/postgres"));
        boolean ephemeral = Boolean.parseBoolean(valueOr(context.getValue("tongxing.embedded-db.ephemeral"), "false"));
        return List.of(new LazySource(() -> EmbeddedDatabase.jdbcUrl(dataDirectory, ephemeral)));
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static String valueOr(ConfigValue value, String fallback) {
        return isSet(value) ? value.getValue() : fallback;
    }

    /** Starts the server only when the URL is actually read, so merely building the config starts nothing. */
    private static final class LazySource implements ConfigSource {
        private final Supplier<String> url;
        private final Map<String, String> fixed = Map.of(
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", "",
                "tongxing.embedded-db.active", "true");

        LazySource(Supplier<String> url) {
            this.url = url;
        }

        @Override
        public Set<String> getPropertyNames() {
            return Set.of(URL, "quarkus.datasource.username", "quarkus.datasource.password",
                    "tongxing.embedded-db.active");
        }

        @Override
        public String getValue(String name) {
            return URL.equals(name) ? url.get() : fixed.get(name);
        }

        @Override
        public String getName() {
            return "tongxing-embedded-postgres";
        }

        @Override
        public int getOrdinal() {
            // Below application.properties (250), so any configured value still wins.
            return 120;
        }
    }
}
