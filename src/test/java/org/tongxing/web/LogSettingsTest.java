package org.tongxing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Logs stay readable by people unless an operator asks for JSON, in every profile; and they name the request. */
class LogSettingsTest {

    private static Properties settings() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LogSettingsTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void jsonLogsAreOffInEveryProfileUntilAskedFor() throws IOException {
        Properties settings = settings();
        assertThat(settings.getProperty("quarkus.log.console.json.enabled")).isEqualTo("false");
        assertThat(settings.getProperty("quarkus.log.file.json.enabled")).isEqualTo("false");
        assertThat(settings.stringPropertyNames()).noneMatch(name -> name.startsWith("%")
                && (name.contains(".log.console.json") || name.contains(".log.file.json")));
    }

    @Test
    void everyLineCarriesTheRequestId() throws IOException {
        assertThat(settings().getProperty("quarkus.log.console.format")).contains("%X{requestId}");
    }
}
