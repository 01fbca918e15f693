package org.tongxing.backup;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.tongxing.backup.Catalog.Table;

/**
 * The refusals, all before anything is written: a backup of another schema version, a manifest that does not
 * describe this database's tables, and a database that already holds data. Restoring over data would mix two
 * states (demo data, a first administrator) into one that never existed.
 */
final class RestoreChecks {

    private RestoreChecks() {
    }

    static void refuseUnlessFits(Manifest manifest, Catalog catalog, Map<String, Table> tables) throws SQLException {
        String version = catalog.schemaVersion().orElse("none");
        if (!version.equals(manifest.schemaVersion())) {
            throw new RestoreRefused(
                    "the backup is of schema version " + manifest.schemaVersion() + " but this database"
                            + " is at " + version + ": restore with the release that took the backup, then upgrade");
        }
        Set<String> listed = new TreeSet<>();
        for (Manifest.TableEntry entry : manifest.tables()) {
            Table table = tables.get(entry.name());
            if (table == null || !table.columns().equals(entry.columns())) {
                throw new RestoreRefused("the manifest's table " + entry.name() + " does not match this database's");
            }
            listed.add(entry.name());
        }
        if (!listed.equals(tables.keySet())) {
            throw new RestoreRefused("the backup lacks tables " + new TreeSet<>(difference(tables.keySet(), listed)));
        }
        if (!catalog.sequenceNames()
                .containsAll(manifest.sequences().stream().map(Manifest.SequenceValue::name).toList())) {
            throw new RestoreRefused("the backup names sequences this database lacks");
        }
    }

    static void refuseUnlessEmpty(Catalog catalog, Collection<Table> tables) throws SQLException {
        List<String> filled = new ArrayList<>();
        for (Table table : tables) {
            if (catalog.hasRows(table)) {
                filled.add(table.name());
            }
        }
        if (!filled.isEmpty()) {
            throw new RestoreRefused("the database is not empty (" + String.join(", ", new TreeSet<>(filled))
                    + " have rows): restore only into a new, empty database");
        }
    }

    private static Set<String> difference(Set<String> all, Set<String> some) {
        return all.stream().filter(name -> !some.contains(name)).collect(Collectors.toSet());
    }
}
