package org.tongxing.web.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestIdRulesTest {

    @Test
    void aShortIdOfPlainCharactersIsTaken() {
        assertThat(RequestId.acceptOrCreate("4f1c-77a0.proxy:2")).isEqualTo("4f1c-77a0.proxy:2");
        assertThat(RequestId.acceptOrCreate("a".repeat(64))).isEqualTo("a".repeat(64));
    }

    @Test
    void anythingElseIsReplacedByAFreshId() {
        for (String bad : new String[] {null, "", "a".repeat(65), "two words", "line\nbreak", "<script>", "ä"}) {
            String id = RequestId.acceptOrCreate(bad);
            assertThat(id).isNotEqualTo(bad).matches("[0-9a-f-]{36}");
        }
    }

    @Test
    void freshIdsDiffer() {
        assertThat(RequestId.acceptOrCreate(null)).isNotEqualTo(RequestId.acceptOrCreate(null));
    }
}
