package org.tongxing.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** Making and checking the random tokens of the double-submit CSRF defence. */
final class CsrfTokens {

    /** 256 random bits: twice the 128 the contract requires, at no cost. */
    static final int BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");

    private CsrfTokens() {
    }

    static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }

    /** Only tokens we could have issued count; anything else in the cookie is replaced, never trusted. */
    static boolean isWellFormed(String token) {
        return token != null && WELL_FORMED.matcher(token).matches();
    }

    /**
     * Whether the submitted token equals the cookie's. {@link MessageDigest#isEqual} takes the same time
     * wherever the first difference lies, so response timing does not reveal the cookie a byte at a time.
     */
    static boolean matches(String cookieToken, String submittedToken) {
        if (!isWellFormed(cookieToken) || submittedToken == null) {
            return false;
        }
        return MessageDigest.isEqual(cookieToken.getBytes(StandardCharsets.US_ASCII),
                submittedToken.getBytes(StandardCharsets.US_ASCII));
    }
}
