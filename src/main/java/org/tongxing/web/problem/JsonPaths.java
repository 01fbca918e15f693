package org.tongxing.web.problem;

import java.util.List;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Renders Jackson's location of a bad value as {@code members[0].birthDate}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(JsonMappingException e) {
        return of(e.getPath());
    }

    static String of(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.length() == 0 ? "(body)" : field.toString();
    }
}
