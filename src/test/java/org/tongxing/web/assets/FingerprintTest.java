package org.tongxing.web.assets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintTest {

    @Test
    void theSameContentHasTheSameFingerprintAndAChangedOneAnother() {
        String css = ".card { color: #333; }";
        assertThat(Fingerprint.of(css)).isEqualTo(Fingerprint.of(css)).matches("[0-9a-f]{12}");
        assertThat(Fingerprint.of(css + " ")).isNotEqualTo(Fingerprint.of(css));
    }

    @Test
    void aChangedFileGetsAnotherAddress() {
        StaticFile before = StaticFile.of("tongxing.css", ".card { color: #333; }".getBytes());
        StaticFile after = StaticFile.of("tongxing.css", ".card { color: #222; }".getBytes());
        assertThat(before.url()).matches("/static/tongxing\\.[0-9a-f]{12}\\.css").isNotEqualTo(after.url());
    }

    @Test
    void theFingerprintGoesBeforeTheLastExtensionAndIsReadBack() {
        assertThat(Fingerprint.name("chart.umd.js", "0123456789ab")).isEqualTo("chart.umd.0123456789ab.js");
        assertThat(Fingerprint.name("LICENSE", "0123456789ab")).isEqualTo("LICENSE.0123456789ab");
        assertThat(Fingerprint.parse("chart.umd.0123456789ab.js"))
                .contains(new Fingerprint.Named("chart.umd.js", "0123456789ab"));
        assertThat(Fingerprint.parse("LICENSE.0123456789ab"))
                .contains(new Fingerprint.Named("LICENSE", "0123456789ab"));
    }

    @Test
    void aPlainNameCarriesNoFingerprint() {
        assertThat(Fingerprint.parse("tongxing.css")).isEmpty();
        assertThat(Fingerprint.parse("board.js")).isEmpty();
        assertThat(Fingerprint.parse("tongxing.0123456789AB.css")).isEmpty();
    }

    @Test
    void onlyPlainFileNamesAreLookedUp() {
        assertThat(StaticFiles.named("../application.properties")).isEmpty();
        assertThat(StaticFiles.named(".hidden")).isEmpty();
        assertThat(StaticFiles.named("tongxing.css")).isPresent();
    }
}
