package org.tongxing.web.assets;

import java.util.Locale;
import java.util.Map;

/** One file under {@code META-INF/resources/static/}, read once, with its fingerprint and media type. */
public record StaticFile(String name, byte[] content, String fingerprint) {

    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=UTF-8",
            "js", "text/javascript;charset=UTF-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "webp", "image/webp",
            "woff2", "font/woff2",
            "json", "application/json");

    static StaticFile of(String name, byte[] content) {
        return new StaticFile(name, content, Fingerprint.of(content));
    }

    /** The address browsers may cache forever. */
    public String url() {
        return "/static/" + Fingerprint.name(name, fingerprint);
    }

    public String mediaType() {
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
