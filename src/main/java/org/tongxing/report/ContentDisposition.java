package org.tongxing.report;

import java.nio.charset.StandardCharsets;

/**
 * The Content-Disposition of a download: an ASCII file name for old clients and the real (often Chinese) name
 * encoded per RFC 5987 / RFC 6266 in {@code filename*}, which every current browser prefers.
 */
final class ContentDisposition {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private ContentDisposition() {
    }

    static String attachment(String name, String asciiName) {
        return "attachment; filename=\"" + asciiName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                + encode(name);
    }

    /** Percent-encodes every byte that is not an RFC 5987 attr-char. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || ATTR_CHARS.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
