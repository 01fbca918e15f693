package org.tongxing.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Notes which fields an edit really changed, for the timeline: {@code h.tier = changes.track("tier", h.tier, r.tier())}. */
public final class Changes {

    private final List<String> fields = new ArrayList<>();

    public <T> T track(String field, T before, T after) {
        if (!Objects.equals(before, after)) {
            fields.add(field);
        }
        return after;
    }

    public List<String> fields() {
        return List.copyOf(fields);
    }

    public boolean any() {
        return !fields.isEmpty();
    }
}
