package org.tongxing.ui;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;

import jakarta.validation.ConstraintViolation;

/**
 * Which rule a field broke, as the names of {@link FormMessages} spell it, and the words for it: the field's own
 * message ({@code description_size}) when it has one, else the rule's. Bean validation names the rule by its
 * constraint; the services, which throw with English API messages, by a few fixed messages.
 */
final class FieldRules {

    private static final Map<String, String> CONSTRAINTS = Map.ofEntries(Map.entry("NotNull", "required"),
            Map.entry("NotBlank", "required"), Map.entry("NotEmpty", "required"), Map.entry("Size", "size"),
            Map.entry("Pattern", "format"), Map.entry("Email", "format"), Map.entry("ResidentIdNumber", "format"),
            Map.entry("Min", "min"), Map.entry("DecimalMin", "min"), Map.entry("Max", "max"),
            Map.entry("DecimalMax", "max"), Map.entry("Past", "notFuture"), Map.entry("PastOrPresent", "notFuture"),
            Map.entry("FutureOrPresent", "notPast"), Map.entry("Future", "notPast"));

    private static final Map<String, String> SERVICE_MESSAGES = Map.ofEntries(
            Map.entry("must be today or later", "notPast"), Map.entry("is taken", "taken"),
            Map.entry("must not be blank", "required"), Map.entry("is required", "required"),
            Map.entry("does not match the ID number", "mismatch"),
            Map.entry("does not match the birth date in the ID number", "mismatch"),
            Map.entry("is recorded already", "taken"),
            Map.entry("this ID number is already recorded in another household's file", "taken"),
            Map.entry("a granted benefit needs a monthly or a one-off amount", "grantAmount"),
            Map.entry("say why it was refused", "refusalReason"),
            Map.entry("must not be before the application", "dateOrder"),
            Map.entry("must not be before the decision", "dateOrder"));

    private FieldRules() {
    }

    static String rule(ConstraintViolation<?> violation) {
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return CONSTRAINTS.getOrDefault(constraint, "check");
    }

    /** The rule behind a service's message, or null when the message is not one of the known few. */
    static String ruleOfMessage(String message) {
        return SERVICE_MESSAGES.get(message);
    }

    static String text(FormMessages words, String field, String rule) {
        String own = call(words, leaf(field) + "_" + rule);
        return own != null ? own : call(words, rule);
    }

    /** {@code members[0].birthDate} and {@code need-description} are both about the field they end with. */
    static String leaf(String field) {
        String name = field.substring(field.lastIndexOf('.') + 1);
        name = name.substring(name.lastIndexOf('-') + 1);
        int index = name.indexOf('[');
        return index < 0 ? name : name.substring(0, index);
    }

    private static String call(FormMessages words, String name) {
        try {
            return (String) FormMessages.class.getMethod(name).invoke(words);
        } catch (NoSuchMethodException e) {
            return null;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Message " + name + " cannot be read", e);
        }
    }
}
