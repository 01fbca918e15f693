package org.tongxing.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxing.deploy.Yaml.at;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two instances behind nginx, set up so that each client is throttled by its own address. */
class TwoInstanceComposeTest {

    private static Map<String, Object> services;
    private static String proxyConfig;

    @BeforeAll
    static void read() throws IOException {
        services = at(Yaml.document(Path.of("docker", "compose.two-instances.yaml")), "services");
        proxyConfig = Files.readString(Path.of("docker", "nginx", "tongxing.conf"));
    }

    @Test
    void twoInstancesOfTheAppShareOneDatabaseAndOnlyTheProxyIsPublished() {
        for (String app : new String[] {"app1", "app2"}) {
            assertThat((String) at(services, app, "image")).isEqualTo("tongxing:latest");
            assertThat((String) at(services, app, "environment", "QUARKUS_DATASOURCE_JDBC_URL")).contains("//db:5432/");
            assertThat((Object) at(services, app, "ports")).as(app + " is reached through the proxy only").isNull();
            assertThat(proxyConfig).contains("server " + app + ":8080;");
        }
        assertThat((List<String>) at(services, "proxy", "ports")).containsExactly("8080:80");
        assertThat((List<String>) at(services, "proxy", "volumes"))
                .anyMatch(v -> v.startsWith("./nginx/tongxing.conf:"));
    }

    @Test
    void theInstancesBelieveForwardedHeadersFromTheProxyAlone() {
        String proxyAddress = at(services, "proxy", "networks", "backend", "ipv4_address");
        for (String app : new String[] {"app1", "app2"}) {
            Map<String, Object> env = at(services, app, "environment");
            assertThat(env).containsEntry("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true")
                    .containsEntry("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true")
                    .containsEntry("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", proxyAddress);
        }
    }

    @Test
    void theProxyReplacesXForwardedForWithTheAddressItSees() {
        assertThat(proxyConfig).contains("proxy_set_header X-Forwarded-For $remote_addr;")
                .contains("proxy_set_header X-Forwarded-Proto $scheme;")
                .doesNotContain("$proxy_add_x_forwarded_for");
    }
}
