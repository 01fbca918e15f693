package org.tongxing.web.assets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file's content named by the first 12 hex digits of its SHA-256: {@code tongxing.css} with content c is served
 * as {@code tongxing.<fingerprint(c)>.css}. A new release that changes the file changes its name, so browsers may
 * keep a fingerprinted name forever. 48 bits is ample for the handful of files of one release.
 */
public final class Fingerprint {

    private static final Pattern FINGERPRINTED = Pattern.compile("(.+)\\.([0-9a-f]{12})(\\.[A-Za-z0-9]+)?");

    private Fingerprint() {
    }

    public static String of(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public static String of(String content) {
        return of(content.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code board.js} → {@code board.<fingerprint>.js}; the fingerprint goes before the last extension. */
    public static String name(String fileName, String fingerprint) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName + "." + fingerprint
                : fileName.substring(0, dot) + "." + fingerprint + fileName.substring(dot);
    }

    /** The file a fingerprinted name stands for, and the fingerprint it carries; empty for a plain name. */
    public static Optional<Named> parse(String fingerprintedName) {
        Matcher m = FINGERPRINTED.matcher(fingerprintedName);
        if (!m.matches()) {
            return Optional.empty();
        }
        String extension = m.group(3) == null ? "" : m.group(3);
        return Optional.of(new Named(m.group(1) + extension, m.group(2)));
    }

    public record Named(String fileName, String fingerprint) {
    }
}
