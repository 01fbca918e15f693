package org.tongxing.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * After {@code package}: the committed manifest is what the build generates from today's configuration (up to the
 * order of env entries, which the generator does not keep). When this fails, copy target/kubernetes/kubernetes.yml
 * to deploy/kubernetes/ and review the difference.
 */
class KubernetesManifestIsCurrentIT {

    @Test
    void theCommittedManifestIsTheGeneratedOne() throws IOException {
        Path generated = Path.of("target", "kubernetes", "kubernetes.yml");
        assertThat(Yaml.normalised(Yaml.documents(KubernetesManifestTest.MANIFEST)))
                .isEqualTo(Yaml.normalised(Yaml.documents(generated)));
    }
}
