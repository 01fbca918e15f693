package org.tongxing.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

import io.quarkus.runtime.ExecutionMode;
import io.quarkus.runtime.ExecutionModeManager;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;

class EmbeddedDatabaseConfigSourceFactoryTest {

    @Test
    void aConfiguredUrlMeansNothingIsContributedOrStarted() {
        var sources = new EmbeddedDatabaseConfigSourceFactory()
                .getConfigSources(context(Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://db:5432/tongxing")));
        assertThat(sources).isEmpty();
    }

    @Test
    void duringTheBuildNothingIsOfferedSoNothingCanBeRecordedAsAPackagedDefault() {
        assertThat(ExecutionModeManager.getExecutionMode()).isEqualTo(ExecutionMode.UNSET);
        assertThat(new EmbeddedDatabaseConfigSourceFactory().getConfigSources(context(Map.of()))).isEmpty();
    }

    @Test
    void withoutAUrlARunningApplicationIsOfferedTheEmbeddedDatasourceStartedOnlyWhenItsUrlIsRead() {
        ExecutionModeManager.staticInit();
        try {
            var sources = StreamSupport
                    .stream(new EmbeddedDatabaseConfigSourceFactory().getConfigSources(context(Map.of()))
                            .spliterator(), false)
                    .toList();
            assertThat(sources).hasSize(1);
            ConfigSource source = sources.get(0);
            assertThat(source.getPropertyNames()).contains("quarkus.datasource.jdbc.url",
                    "tongxing.embedded-db.active");
            assertThat(source.getValue("quarkus.datasource.username")).isEqualTo("postgres");
            assertThat(source.getValue("tongxing.embedded-db.active")).isEqualTo("true");
            assertThat(source.getOrdinal()).isLessThan(250);
        } finally {
            ExecutionModeManager.unset();
        }
    }

    private static ConfigSourceContext context(Map<String, String> values) {
        return new ConfigSourceContext() {
            @Override
            public ConfigValue getValue(String name) {
                String value = values.get(name);
                return value == null ? null : ConfigValue.builder().withName(name).withValue(value).build();
            }

            @Override
            public List<String> getProfiles() {
                return List.of();
            }

            @Override
            public java.util.Iterator<String> iterateNames() {
                return values.keySet().iterator();
            }
        };
    }
}
