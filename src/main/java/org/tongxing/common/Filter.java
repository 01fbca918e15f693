package org.tongxing.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.panache.common.Parameters;

/** Collects optional "and" conditions for a Panache query; a condition with a null value is skipped. */
public final class Filter {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> values = new HashMap<>();

    public Filter equal(String property, Object value) {
        return where(property + " = :" + param(property), param(property), value);
    }

    public Filter startsWith(String property, String prefix) {
        return where(property + " like :" + param(property), param(property), prefix == null ? null : prefix + "%");
    }

    public Filter where(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            values.put(name, value);
        }
        return this;
    }

    /** Adds a condition with several named parameters, none of which may be null. */
    public Filter where(String clause, Map<String, Object> parameters) {
        clauses.add(clause);
        values.putAll(parameters);
        return this;
    }

    /** Adds a condition without parameters when the flag is set. */
    public Filter when(boolean condition, String clause) {
        if (condition) {
            clauses.add(clause);
        }
        return this;
    }

    public String query() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Parameters parameters() {
        Parameters parameters = new Parameters();
        values.forEach(parameters::and);
        return parameters;
    }

    private static String param(String property) {
        return property.replace('.', '_');
    }
}
