package org.tongxing.common;

/** What is wrong with one field of a request or form, named as the caller named it. */
public record FieldIssue(String field, String message) {
}
