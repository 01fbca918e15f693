package org.tongxing.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void aPasswordUnderTenCharactersIsRefused() {
        assertThat(policy.problemWith("Kx7#pq2Lm", "lin")).hasValueSatisfying(p -> assertThat(p).contains("10"));
        assertThat(policy.problemWith("", "lin")).isPresent();
        assertThat(policy.problemWith(null, "lin")).isPresent();
    }

    @Test
    void tenCharactersAreEnough() {
        assertThat(policy.problemWith("Kx7#pq2Lmz", "lin")).isEmpty();
    }

    @Test
    void aPasswordOver128CharactersIsRefused() {
        assertThat(policy.problemWith("Kx7#pq2Lmz".repeat(13), "lin")).isPresent();
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        for (String common : new String[] {"1234567890", "Qwertyuiop", "QWERTYUIOP", "woaini1314", "WoAiNi1314"}) {
            assertThat(policy.problemWith(common, "lin")).as(common)
                    .hasValueSatisfying(p -> assertThat(p).contains("common"));
        }
    }

    @Test
    void theListOfCommonPasswordsIsLoadedInFull() {
        assertThat(policy.size()).isGreaterThanOrEqualTo(20_000);
    }

    @Test
    void aPasswordContainingTheUsernameIsRefusedWhateverTheirCase() {
        assertThat(policy.problemWith("Xiaoming-harbour-7", "xiaoming")).hasValueSatisfying(
                p -> assertThat(p).contains("username"));
        assertThat(policy.problemWith("harbour-7-xiaoming", "XiaoMing")).isPresent();
    }

    @Test
    void aPasswordOfTooFewDistinctCharactersIsRefused() {
        assertThat(policy.problemWith("abababababab", "lin")).hasValueSatisfying(
                p -> assertThat(p).contains("different characters"));
        assertThat(policy.problemWith("AAAaaa111aaa", "lin")).as("case does not make a character different")
                .isPresent();
        assertThat(policy.problemWith("abcabcabcabd", "lin")).as("four distinct characters suffice").isEmpty();
    }

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertThat(policy.problemWith("Lantern-river-4821", "xiaoming")).isEmpty();
        assertThat(policy.problemWith("松柏长青-社区同行2026", "xiaoming")).as("Chinese characters count as characters")
                .isEmpty();
    }

    @Test
    void withoutAUsernameOnlyTheOtherRulesApply() {
        assertThat(policy.problemWith("Lantern-river-4821", null)).isEmpty();
    }
}
