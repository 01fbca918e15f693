package org.tongxing.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxing.deploy.Yaml.at;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed Kubernetes manifests run the service the way the README promises. */
class KubernetesManifestTest {

    static final Path MANIFEST = Path.of("deploy", "kubernetes", "kubernetes.yml");

    private static List<Map<String, Object>> documents;
    private static Map<String, Object> deployment;
    private static Map<String, Object> container;

    @BeforeAll
    static void read() throws IOException {
        documents = Yaml.documents(MANIFEST);
        deployment = Yaml.kind(documents, "Deployment");
        container = at(deployment, "spec", "template", "spec", "containers", 0);
    }

    private static int port(String name) {
        List<Map<String, Object>> ports = at(container, "ports");
        return ports.stream().filter(p -> name.equals(p.get("name"))).map(p -> (Integer) p.get("containerPort"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no port " + name));
    }

    @Test
    void atLeastTwoReplicasRun() {
        assertThat((Integer) at(deployment, "spec", "replicas")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void probesAskTheHealthEndpointsOnTheMainPort() {
        for (String[] probe : new String[][] {{"readinessProbe", "/q/health/ready"},
                {"livenessProbe", "/q/health/live"},
                {"startupProbe", "/q/health/started"}}) {
            assertThat((String) at(container, probe[0], "httpGet", "path")).as(probe[0]).isEqualTo(probe[1]);
            assertThat((Integer) at(container, probe[0], "httpGet", "port")).as(probe[0]).isEqualTo(port("http"));
        }
    }

    @Test
    void cpuAndMemoryAreRequestedAndLimited() {
        for (String bound : new String[] {"requests", "limits"}) {
            assertThat((Map<String, Object>) at(container, "resources", bound)).containsKeys("cpu", "memory");
        }
    }

    @Test
    void settingsAndSecretsComeFromTheSecret() throws IOException {
        List<Map<String, Object>> envFrom = at(container, "envFrom");
        assertThat(envFrom).extracting(source -> at(source, "secretRef", "name")).contains("tongxing");
        Map<String, Object> example = Yaml.document(Path.of("deploy", "kubernetes", "secret.example.yml"));
        assertThat((String) at(example, "metadata", "name")).isEqualTo("tongxing");
        assertThat((Map<String, Object>) at(example, "stringData")).containsKeys("QUARKUS_DATASOURCE_JDBC_URL",
                "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "TONGXING_VISITS_QR_SECRET",
                "TONGXING_ADMIN_INITIAL_PASSWORD");
    }

    @Test
    void theClientAddressComesFromTheIngressOnly() {
        List<Map<String, Object>> env = at(container, "env");
        assertThat(env).extracting(var -> var.get("name") + "=" + var.get("value")).contains(
                "QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true", "QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true")
                .anyMatch(var -> var.startsWith("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=10."));
    }

    @Test
    void aDisruptionBudgetKeepsOnePodOfTheDeploymentUp() {
        Map<String, Object> budget = Yaml.kind(documents, "PodDisruptionBudget");
        assertThat((Integer) at(budget, "spec", "minAvailable")).isGreaterThanOrEqualTo(1);
        Map<String, Object> selected = at(budget, "spec", "selector", "matchLabels");
        assertThat((Map<String, Object>) at(deployment, "spec", "template", "metadata", "labels"))
                .containsAllEntriesOf(selected);
        assertThat(selected).isEqualTo(at(deployment, "spec", "selector", "matchLabels"));
    }

    @Test
    void theServiceSendsTrafficToTheMainPortAndPrometheusScrapesTheManagementPort() {
        Map<String, Object> service = Yaml.kind(documents, "Service");
        assertThat((Map<String, Object>) at(deployment, "spec", "template", "metadata", "labels"))
                .containsAllEntriesOf(at(service, "spec", "selector"));
        assertThat((Integer) at(service, "spec", "ports", 0, "targetPort")).isEqualTo(port("http"));
        Map<String, Object> annotations = at(deployment, "spec", "template", "metadata", "annotations");
        assertThat(annotations).containsEntry("prometheus.io/path", "/q/metrics")
                .containsEntry("prometheus.io/port", String.valueOf(port("management")));
    }
}
