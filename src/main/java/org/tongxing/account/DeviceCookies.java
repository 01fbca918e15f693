package org.tongxing.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.NewCookie;

/**
 * The device cookie (OWASP): a random token a browser receives when it signs in successfully, so that it may keep
 * signing in while others' failures throttle the account or the address. Only its hash is stored.
 */
public final class DeviceCookies {

    public static final String COOKIE = "tongxing_device";

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private DeviceCookies() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The token's hash, or null for a missing or malformed cookie. */
    public static String hash(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static NewCookie issue(String token, boolean secure) {
        return new NewCookie.Builder(COOKIE).value(token).path("/").maxAge((int) Duration.ofDays(365).toSeconds())
                .httpOnly(true).secure(secure).sameSite(NewCookie.SameSite.LAX).build();
    }
}
