package org.tongxing.web.assets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The static files of this release, read from the classpath on first use and kept: they cannot change while the
 * application runs, so neither can their fingerprints. Only plain file names are looked up, never paths.
 */
public final class StaticFiles {

    private static final String ROOT = "META-INF/resources/static/";
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}");
    private static final Map<String, Optional<StaticFile>> FILES = new ConcurrentHashMap<>();

    private StaticFiles() {
    }

    public static Optional<StaticFile> named(String name) {
        if (name == null || !FILE_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return FILES.computeIfAbsent(name, StaticFiles::read);
    }

    /** The fingerprinted address of a file that must exist: a template naming a missing file is a bug. */
    public static String url(String name) {
        return named(name).orElseThrow(() -> new IllegalArgumentException("No static file " + name)).url();
    }

    private static Optional<StaticFile> read(String name) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(ROOT + name)) {
            return in == null ? Optional.empty() : Optional.of(StaticFile.of(name, in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
