package org.tongxing.ui;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

/**
 * The fields of this request's form in which the edge found a NUL character, for {@link FormCheck} to refuse (see
 * {@link NulAsFormError}).
 */
@RequestScoped
public class NulFields {

    private final Set<String> fields = new LinkedHashSet<>();

    public void found(String field) {
        fields.add(field);
    }

    Set<String> fields() {
        return fields;
    }
}
