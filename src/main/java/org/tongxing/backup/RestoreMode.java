package org.tongxing.backup;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * A start that restores serves nobody: it opens no HTTP port (no one can sign in or write while the tables fill)
 * and starts no scheduled job (no e-mail, escalation or reminder runs on half-restored data). Above every other
 * source, so no setting of the usual start can reopen them.
 */
public class RestoreMode implements ConfigSourceFactory {

    static final String PROPERTY = "tongxing.backup.restore-from";
    private static final Map<String, String> SERVE_NOBODY = Map.of(
            "quarkus.http.host-enabled", "false",
            "quarkus.scheduler.enabled", "false");

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue archive = context.getValue(PROPERTY);
        if (archive == null || archive.getValue() == null || archive.getValue().isBlank()) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(SERVE_NOBODY, "tongxing-restore-mode", 1000));
    }
}
