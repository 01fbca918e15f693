package org.tongxing.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A backup opened for restoring: its manifest, and entries that are only used once they hash as it says. */
final class BackupArchive implements AutoCloseable {

    private final ZipFile zip;
    private final Manifest manifest;

    private BackupArchive(ZipFile zip, Manifest manifest) {
        this.zip = zip;
        this.manifest = manifest;
    }

    static BackupArchive open(Path path, ObjectMapper json) {
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (IOException e) {
            throw new RestoreRefused(path + " cannot be read as a ZIP file (" + e.getMessage() + ")");
        }
        try {
            return new BackupArchive(zip, manifest(zip, json));
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static Manifest manifest(ZipFile zip, ObjectMapper json) {
        ZipEntry entry = zip.getEntry(Manifest.ENTRY);
        if (entry == null) {
            throw new RestoreRefused(zip.getName() + " has no " + Manifest.ENTRY + ": it is not a Tongxing backup");
        }
        Manifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = json.readValue(in, Manifest.class);
        } catch (IOException e) {
            throw new RestoreRefused(Manifest.ENTRY + " cannot be read: " + e.getMessage());
        }
        if (manifest.formatVersion() != Manifest.FORMAT_VERSION) {
            throw new RestoreRefused(
                    "the backup has format version " + manifest.formatVersion() + "; this release reads "
                            + Manifest.FORMAT_VERSION);
        }
        return manifest;
    }

    Manifest manifest() {
        return manifest;
    }

    /** Every table entry hashes to its SHA-256 in the manifest: what is loaded is what was backed up. */
    void verify() throws IOException {
        for (Manifest.TableEntry table : manifest.tables()) {
            try (InputStream data = data(table)) {
                if (!Sha256.of(data).equals(table.sha256())) {
                    throw new RestoreRefused(table.entry() + " does not match its SHA-256 in the manifest: the file is"
                            + " damaged or was altered");
                }
            }
        }
    }

    InputStream data(Manifest.TableEntry table) throws IOException {
        ZipEntry entry = zip.getEntry(table.entry());
        if (entry == null) {
            throw new RestoreRefused("the backup lacks " + table.entry() + ", which its manifest lists");
        }
        return zip.getInputStream(entry);
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException e) {
            // Opened for reading only: nothing is lost.
        }
    }
}
