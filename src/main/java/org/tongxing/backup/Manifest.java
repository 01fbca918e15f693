package org.tongxing.backup;

import java.time.Instant;
import java.util.List;

/**
 * What a backup holds, written as {@code manifest.json} after the table entries (their checksums are known only
 * then). A restore trusts nothing in the archive that this does not vouch for.
 */
record Manifest(int formatVersion, Instant createdAt, String createdBy, String schemaVersion, List<TableEntry> tables,
        List<SequenceValue> sequences) {

    static final String ENTRY = "manifest.json";
    /** Entries are COPY text with the session settings of {@link TextFormat}; a change to either is a new version. */
    static final int FORMAT_VERSION = 1;

    /** One table: its entry in the archive, the columns in the order of the data, and what the entry must hash to. */
    record TableEntry(String name, String entry, List<String> columns, long rows, String sha256) {

        static String entryOf(String table) {
            return "tables/" + table + ".copy";
        }
    }

    /** A sequence as {@code setval(name, lastValue, isCalled)} sets it back. */
    record SequenceValue(String name, long lastValue, boolean isCalled) {
    }

    TableEntry table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new RestoreRefused("the backup lacks table " + name));
    }

    long rows() {
        return tables.stream().mapToLong(TableEntry::rows).sum();
    }
}
