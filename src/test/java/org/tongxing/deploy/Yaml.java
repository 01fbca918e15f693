package org.tongxing.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads deployment files with SnakeYAML (on the classpath through smallrye-open-api) and walks them by path:
 * {@code at(deployment, "spec", "template", "spec", "containers", 0)}.
 */
final class Yaml {

    private Yaml() {
    }

    static List<Map<String, Object>> documents(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file)) {
            for (Object document : new org.yaml.snakeyaml.Yaml(new SafeConstructor(new LoaderOptions())).loadAll(in)) {
                if (document != null) {
                    documents.add(map(document));
                }
            }
        }
        return documents;
    }

    static Map<String, Object> document(Path file) throws IOException {
        return documents(file).get(0);
    }

    static Map<String, Object> kind(List<Map<String, Object>> documents, String kind) {
        return documents.stream().filter(d -> kind.equals(d.get("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind));
    }

    /** The value at a path of map keys and list indexes. */
    @SuppressWarnings("unchecked")
    static <T> T at(Object node, Object... path) {
        Object current = node;
        for (Object step : path) {
            if (current == null) {
                throw new AssertionError("nothing at " + List.of(path));
            }
            current = step instanceof Integer index ? ((List<Object>) current).get(index)
                    : ((Map<String, Object>) current).get(step);
        }
        return (T) current;
    }

    /** Lists of named entries (env, ports) sorted by name: the generator does not keep their order from build to build. */
    @SuppressWarnings("unchecked")
    static Object normalised(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new TreeMap<>();
            map.forEach((key, value) -> copy.put((String) key, normalised(value)));
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.stream().map(Yaml::normalised).toList());
            if (copy.stream().allMatch(item -> item instanceof Map<?, ?> m && m.get("name") instanceof String)) {
                copy.sort(Comparator.comparing(item -> (String) ((Map<String, Object>) item).get("name")));
            }
            return copy;
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }
}
