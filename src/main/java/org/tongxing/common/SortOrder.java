package org.tongxing.common;

import java.util.Map;

import io.quarkus.panache.common.Sort;

/**
 * Turns a {@code sort} parameter into a Panache sort over an allow-list: API field names map to entity
 * properties, so clients cannot sort by (and so probe) fields they are not shown.
 */
public final class SortOrder {

    private SortOrder() {
    }

    public static Sort parse(String sort, Map<String, String> allowed, Sort fallback) {
        if (sort == null || sort.isBlank()) {
            return fallback;
        }
        Sort result = null;
        for (String part : sort.split(",")) {
            boolean descending = part.startsWith("-");
            String field = descending ? part.substring(1) : part;
            String property = allowed.get(field);
            if (property == null) {
                throw new InvalidParameter("sort", "cannot sort by '" + field + "'; allowed: "
                        + String.join(", ", allowed.keySet().stream().sorted().toList()));
            }
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            result = result == null ? Sort.by(property, direction) : result.and(property, direction);
        }
        // A unique tie-breaker keeps pages stable when many rows share the sort value.
        return result.and("id", Sort.Direction.Ascending);
    }
}
