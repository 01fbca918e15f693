package org.tongxing.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CsrfTokensTest {

    @Test
    void aTokenIsAtLeast128RandomBitsInBase64Url() {
        String token = CsrfTokens.generate();
        assertThat(token).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSizeGreaterThanOrEqualTo(16).hasSize(CsrfTokens.BYTES);
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(CsrfTokens.generate());
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void onlyTokensOfTheIssuedShapeAreWellFormed() {
        assertThat(CsrfTokens.isWellFormed(CsrfTokens.generate())).isTrue();
        assertThat(CsrfTokens.isWellFormed(null)).isFalse();
        assertThat(CsrfTokens.isWellFormed("")).isFalse();
        assertThat(CsrfTokens.isWellFormed("a".repeat(42))).isFalse();
        assertThat(CsrfTokens.isWellFormed("a".repeat(44))).isFalse();
        assertThat(CsrfTokens.isWellFormed("+".repeat(43))).isFalse();
        assertThat(CsrfTokens.isWellFormed(Base64.getEncoder().encodeToString(new byte[32]))).isFalse();
    }

    @Test
    void theSubmittedTokenMustEqualTheCookie() {
        String token = CsrfTokens.generate();
        assertThat(CsrfTokens.matches(token, new String(token))).isTrue();
        assertThat(CsrfTokens.matches(token, CsrfTokens.generate())).isFalse();
        assertThat(CsrfTokens.matches(token, token.substring(1))).isFalse();
        assertThat(CsrfTokens.matches(token, token + "x")).isFalse();
        assertThat(CsrfTokens.matches(token, token.toUpperCase())).isFalse();
        assertThat(CsrfTokens.matches(token, "")).isFalse();
        assertThat(CsrfTokens.matches(token, null)).isFalse();
    }

    @Test
    void aMalformedCookieMatchesNothingNotEvenItself() {
        assertThat(CsrfTokens.matches("abc", "abc")).isFalse();
        assertThat(CsrfTokens.matches(null, null)).isFalse();
        assertThat(CsrfTokens.matches("", "")).isFalse();
    }
}
