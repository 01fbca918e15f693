package org.tongxing.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.tongxing.common.DomainException;
import org.tongxing.common.FieldIssue;
import org.tongxing.common.FieldPath;

/**
 * What was wrong with a submitted form, field by field, for the error summary at the top of the page and the
 * message next to each field. Bean-validation messages arrive in the reader's language.
 */
public record FormErrors(Map<String, String> fields, String general) {

    public static FormErrors none() {
        return new FormErrors(Map.of(), null);
    }

    public static <T> FormErrors validate(Validator validator, T form, Class<?>... groups) {
        Set<ConstraintViolation<T>> violations = validator.validate(form, groups);
        return violations.isEmpty() ? none() : of(violations);
    }

    public static FormErrors of(ConstraintViolationException e) {
        return of(e.getConstraintViolations());
    }

    public static FormErrors of(DomainException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldIssue error : e.fields()) {
            fields.putIfAbsent(error.field(), error.message());
        }
        return new FormErrors(fields, fields.isEmpty() ? e.getMessage() : null);
    }

    private static FormErrors of(Set<? extends ConstraintViolation<?>> violations) {
        Map<String, String> fields = new LinkedHashMap<>();
        violations.stream().sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                .forEach(v -> fields.putIfAbsent(FieldPath.name(v.getPropertyPath()), v.getMessage()));
        return new FormErrors(fields, null);
    }

    public boolean any() {
        return !fields.isEmpty() || general != null;
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public String get(String field) {
        return fields.get(field);
    }

    /** The same errors with the message of one field replaced, when services word it for API clients. */
    public FormErrors withMessage(String field, String message) {
        if (!has(field)) {
            return this;
        }
        Map<String, String> copy = new LinkedHashMap<>(fields);
        copy.put(field, message);
        return new FormErrors(copy, general);
    }

    /** The same errors and one more: a rule the form's record cannot state (a field the API may leave out). */
    public FormErrors with(String field, String message) {
        Map<String, String> copy = new LinkedHashMap<>(fields);
        copy.putIfAbsent(field, message);
        return new FormErrors(copy, general);
    }

    /** The same errors with every field name prefixed, for one of several forms on a page. */
    public FormErrors prefixed(String prefix) {
        Map<String, String> copy = new LinkedHashMap<>();
        fields.forEach((field, message) -> copy.put(prefix + field, message));
        return new FormErrors(copy, general);
    }
}
