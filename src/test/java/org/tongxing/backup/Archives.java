package org.tongxing.backup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Reads a backup's entries, and writes altered copies of it, as a damaged or foreign file would be. */
final class Archives {

    private Archives() {
    }

    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** A copy of the backup with one entry changed, or left out when {@code change} gives null. */
    static Path alter(byte[] zip, String name, UnaryOperator<byte[]> change) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var entry : entries(zip).entrySet()) {
                byte[] data = entry.getKey().equals(name) ? change.apply(entry.getValue()) : entry.getValue();
                if (data != null) {
                    out.putNextEntry(new ZipEntry(entry.getKey()));
                    out.write(data);
                    out.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return write(bytes.toByteArray());
    }

    static Path write(byte[] zip) {
        try {
            Path file = Files.createTempFile("tongxing-backup-test-", ".zip");
            file.toFile().deleteOnExit();
            return Files.write(file, zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
