package org.tongxing.visit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the tokens printed in households' QR codes. A token is a random 128-bit key followed by
 * the first 128 bits of HMAC-SHA256 over it under the server's secret, base64url-encoded (43 characters). It
 * carries no household id and no personal data; without the secret nobody can make one that checks, not even
 * someone who can read the stored keys. Tokens signed with a previous secret still check, so a secret can be
 * rotated without reprinting every code at once.
 */
public final class VisitCodeSigner {

    static final int KEY_BYTES = 16;
    private static final int MAC_BYTES = 16;
    private static final byte[] CONTEXT = "tongxing/visit-code/v1|".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final byte[] current;
    private final List<byte[]> accepted = new ArrayList<>();

    public VisitCodeSigner(String secret, List<String> previous) {
        this.current = secret.getBytes(StandardCharsets.UTF_8);
        accepted.add(current);
        previous.forEach(p -> accepted.add(p.getBytes(StandardCharsets.UTF_8)));
    }

    public static String newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return ENCODER.encodeToString(key);
    }

    /** The token for a stored key, signed with the current secret. */
    public String token(String key) {
        byte[] raw = Base64.getUrlDecoder().decode(key);
        byte[] token = Arrays.copyOf(raw, KEY_BYTES + MAC_BYTES);
        System.arraycopy(mac(current, raw), 0, token, KEY_BYTES, MAC_BYTES);
        return ENCODER.encodeToString(token);
    }

    /** The key inside a token whose signature checks under one of the accepted secrets; empty for anything else. */
    public Optional<String> verify(String token) {
        byte[] raw = decode(token);
        if (raw == null || raw.length != KEY_BYTES + MAC_BYTES) {
            return Optional.empty();
        }
        byte[] key = Arrays.copyOf(raw, KEY_BYTES);
        byte[] given = Arrays.copyOfRange(raw, KEY_BYTES, raw.length);
        boolean genuine = false;
        for (byte[] secret : accepted) {
            // Constant-time comparison, and every secret is tried, so timing tells nothing about the signature.
            genuine |= MessageDigest.isEqual(given, Arrays.copyOf(mac(secret, key), MAC_BYTES));
        }
        return genuine ? Optional.of(ENCODER.encodeToString(key)) : Optional.empty();
    }

    private static byte[] decode(String token) {
        if (token == null || token.length() > 64) {
            return null;
        }
        try {
            byte[] raw = Base64.getUrlDecoder().decode(token);
            // The decoder ignores the last character's spare bits, so several spellings would carry one token:
            // only the one this signer writes is accepted.
            return ENCODER.encodeToString(raw).equals(token) ? raw : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] mac(byte[] secret, byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(CONTEXT);
            return mac.doFinal(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
