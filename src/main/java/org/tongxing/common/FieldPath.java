package org.tongxing.common;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** The name of the field a bean-validation violation is about, as the API and the forms name it. */
public final class FieldPath {

    private FieldPath() {
    }

    /**
     * Turns {@code create.request.members[0].name} into {@code members[0].name}: the method and the
     * body parameter are implementation detail; a plain query parameter keeps its own name.
     */
    public static String name(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> {
                }
                case PARAMETER -> parameter = node.getName();
                default -> append(field, node);
            }
        }
        return field.length() > 0 ? field.toString() : parameter;
    }

    private static void append(StringBuilder field, Path.Node node) {
        // The index of a list element is carried by the node *inside* the element.
        if (node.isInIterable()) {
            Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
            field.append('[').append(position == null ? "" : position).append(']');
        }
        if (node.getName() == null || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
            return;
        }
        if (field.length() > 0) {
            field.append('.');
        }
        field.append(node.getName());
    }
}
