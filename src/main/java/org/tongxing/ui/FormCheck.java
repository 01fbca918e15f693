package org.tongxing.ui;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.tongxing.common.DomainException;
import org.tongxing.common.FieldIssue;
import org.tongxing.common.FieldPath;

/**
 * Checks a submitted form and words what is wrong for the reader, in the page's language, naming what is missing
 * ({@link FormMessages}). The API's own messages stay as they are; a service's message the page cannot word is
 * shown as it came to an English reader and as "please check this field" to a Chinese one.
 */
@RequestScoped
public class FormCheck {

    @Inject
    Validator validator;

    @Inject
    PageMessages messages;

    @Inject
    PageLocale locale;

    @Inject
    NulFields nulFields;

    public <T> FormErrors validate(T form, Class<?>... groups) {
        Set<ConstraintViolation<T>> violations = validator.validate(form, groups);
        FormErrors errors = violations.isEmpty() ? FormErrors.none() : of(violations);
        return nulFields.fields().isEmpty() ? errors : withNulFields(errors);
    }

    /** A field that held a NUL is wrong whatever else it breaks: say so first. */
    private FormErrors withNulFields(FormErrors errors) {
        Map<String, String> fields = new LinkedHashMap<>();
        String nul = messages.of(FormMessages.class).nul();
        nulFields.fields().forEach(field -> fields.put(field, nul));
        errors.fields().forEach(fields::putIfAbsent);
        return new FormErrors(fields, errors.general());
    }

    public FormErrors of(ConstraintViolationException e) {
        return of(e.getConstraintViolations());
    }

    public FormErrors of(DomainException e) {
        FormMessages words = messages.of(FormMessages.class);
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldIssue issue : e.fields()) {
            String rule = FieldRules.ruleOfMessage(issue.message());
            String text = rule != null ? FieldRules.text(words, issue.field(), rule)
                    : locale.english() ? issue.message() : words.check();
            fields.putIfAbsent(issue.field(), text);
        }
        return new FormErrors(fields, fields.isEmpty() ? e.getMessage() : null);
    }

    private FormErrors of(Set<? extends ConstraintViolation<?>> violations) {
        FormMessages words = messages.of(FormMessages.class);
        Map<String, String> fields = new LinkedHashMap<>();
        violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).forEach(v -> {
            String field = FieldPath.name(v.getPropertyPath());
            fields.putIfAbsent(field, FieldRules.text(words, field, FieldRules.rule(v)));
        });
        return new FormErrors(fields, null);
    }
}
