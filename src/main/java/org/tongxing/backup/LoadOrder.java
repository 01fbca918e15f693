package org.tongxing.backup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.tongxing.backup.Catalog.ForeignKey;

/**
 * The order to load tables in so that every foreign key finds its row already there. A key within one table is
 * no obstacle: PostgreSQL checks it at the end of the COPY. A cycle between tables (a household names its contact
 * member, who belongs to the household) has no such order, so the keys that close it are {@code deferred}: dropped
 * for the load and added again afterwards, which checks every row they cover.
 */
record LoadOrder(List<String> tables, List<ForeignKey> deferred) {

    static LoadOrder of(Collection<String> tables, Collection<ForeignKey> keys) {
        Map<String, List<ForeignKey>> pending = new TreeMap<>();
        tables.forEach(table -> pending.put(table, new ArrayList<>()));
        keys.stream().filter(k -> !k.table().equals(k.referenced()))
                .filter(k -> pending.containsKey(k.table()) && pending.containsKey(k.referenced()))
                .forEach(k -> pending.get(k.table()).add(k));
        List<String> order = new ArrayList<>();
        List<ForeignKey> deferred = new ArrayList<>();
        while (!pending.isEmpty()) {
            var ready = pending.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey)
                    .findFirst();
            if (ready.isEmpty()) {
                deferred.addAll(breakCycle(pending));
                continue;
            }
            order.add(ready.get());
            pending.remove(ready.get());
            pending.values().forEach(waiting -> waiting.removeIf(k -> k.referenced().equals(ready.get())));
        }
        return new LoadOrder(List.copyOf(order), List.copyOf(deferred));
    }

    /** Nothing is ready, so some table lies on a cycle: the first such by name gives up the keys that close it. */
    private static List<ForeignKey> breakCycle(Map<String, List<ForeignKey>> pending) {
        for (var entry : pending.entrySet()) {
            String table = entry.getKey();
            List<ForeignKey> closing = entry.getValue().stream()
                    .filter(k -> reaches(k.referenced(), table, pending, new HashSet<>())).toList();
            if (!closing.isEmpty()) {
                entry.getValue().removeAll(closing);
                return closing;
            }
        }
        throw new IllegalStateException("No table is ready and none lies on a cycle: " + pending.keySet());
    }

    private static boolean reaches(String from, String target, Map<String, List<ForeignKey>> pending,
            Set<String> seen) {
        if (from.equals(target)) {
            return true;
        }
        return seen.add(from) && pending.get(from).stream()
                .anyMatch(k -> reaches(k.referenced(), target, pending, seen));
    }
}
