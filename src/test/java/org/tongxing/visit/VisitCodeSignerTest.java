package org.tongxing.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

class VisitCodeSignerTest {

    private static final String SECRET = "a-test-secret-that-is-long-enough-1234";
    private final VisitCodeSigner signer = new VisitCodeSigner(SECRET, List.of());

    @Test
    void aSignedTokenChecksAndGivesBackItsKey() {
        String key = VisitCodeSigner.newKey();
        String token = signer.token(key);
        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(signer.verify(token)).contains(key);
    }

    @Test
    void tokensOfTwoKeysDifferAndKeysAreRandom() {
        assertThat(signer.token(VisitCodeSigner.newKey())).isNotEqualTo(signer.token(VisitCodeSigner.newKey()));
    }

    @Test
    void aTokenWithAChangedKeyOrSignatureIsRefused() {
        String token = signer.token(VisitCodeSigner.newKey());
        for (int position : new int[] {0, 10, 30, 42}) {
            char[] chars = token.toCharArray();
            chars[position] = chars[position] == 'A' ? 'B' : 'A';
            assertThat(signer.verify(new String(chars))).as("changed at " + position).isEmpty();
        }
    }

    @Test
    void aTokenIsAcceptedOnlyAsItWasWrittenNotWithOtherSpareBitsInItsLastCharacter() {
        String token = signer.token(VisitCodeSigner.newKey());
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        int last = alphabet.indexOf(token.charAt(token.length() - 1));
        // 32 bytes fill 256 of the 258 bits of 43 characters: the last character's two lowest bits are spare.
        for (int spare = 1; spare < 4; spare++) {
            String respelled = token.substring(0, token.length() - 1) + alphabet.charAt(last ^ spare);
            assertThat(signer.verify(respelled)).as(respelled).isEmpty();
        }
        assertThat(signer.verify(token)).isPresent();
    }

    @Test
    void aTokenMadeWithAnotherSecretIsRefused() {
        String forged = new VisitCodeSigner("someone-else's-secret-of-forty-chars-xx", List.of())
                .token(VisitCodeSigner.newKey());
        assertThat(signer.verify(forged)).isEmpty();
    }

    @Test
    void garbageOfAnyShapeIsRefusedWithoutAnError() {
        byte[] justAKey = new byte[16];
        for (String junk : new String[] {"", "not a token", "%%%", "A".repeat(43), "A".repeat(200),
                Base64.getUrlEncoder().withoutPadding().encodeToString(justAKey), null}) {
            assertThat(signer.verify(junk)).as(String.valueOf(junk)).isEmpty();
        }
    }

    @Test
    void afterRotationTokensOfThePreviousSecretStillCheckAndNewOnesUseTheNewSecret() {
        String key = VisitCodeSigner.newKey();
        String old = signer.token(key);
        VisitCodeSigner rotated = new VisitCodeSigner("the-new-secret-after-rotation-0123456789", List.of(SECRET));
        assertThat(rotated.verify(old)).contains(key);
        String renewed = rotated.token(key);
        assertThat(renewed).isNotEqualTo(old);
        assertThat(signer.verify(renewed)).isEmpty();
        assertThat(new VisitCodeSigner("the-new-secret-after-rotation-0123456789", List.of()).verify(old)).isEmpty();
    }
}
