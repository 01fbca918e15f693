package org.tongxing.web.problem;

import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.UriInfo;

import org.tongxing.common.Causes;
import org.tongxing.common.InvalidParameter;

/**
 * JAX-RS answers a query parameter it cannot convert ({@code ?status=NOPE}, {@code ?page=abc},
 * {@code ?from=2026-13-45}) with a 404,
 * which tells the caller the resource is missing. The conversion failure is kept as the cause; this finds
 * it, works out which parameter held the bad value and turns it into a 400 that says what is allowed.
 */
final class ParameterConversion {

    private static final Pattern ENUM = Pattern.compile("No enum constant ([\\w.$]+)\\.(.*)$");
    private static final Pattern NUMBER = Pattern.compile("For input string: \"(.*)\"");

    private ParameterConversion() {
    }

    static Optional<InvalidParameter> explain(NotFoundException e, UriInfo uri) {
        Optional<DateTimeParseException> date = Causes.find(e, DateTimeParseException.class);
        if (date.isPresent() && uri != null && !inPath(uri, "\"" + date.get().getParsedString() + "\"")) {
            return Optional.of(problem(uri, date.get().getParsedString(), "must be a date (yyyy-MM-dd)"));
        }
        if (!(e.getCause() instanceof IllegalArgumentException cause) || cause.getMessage() == null || uri == null
                || inPath(uri, cause.getMessage())) {
            // "/api/needs/abc" really names no resource: that stays a 404.
            return Optional.empty();
        }
        Matcher enumValue = ENUM.matcher(cause.getMessage());
        if (enumValue.find()) {
            return Optional.of(problem(uri, enumValue.group(2), "must be one of " + constants(enumValue.group(1))));
        }
        Matcher number = NUMBER.matcher(cause.getMessage());
        if (number.find()) {
            return Optional.of(problem(uri, number.group(1), "must be a whole number"));
        }
        return Optional.of(problem(uri, null, "has an invalid value"));
    }

    private static boolean inPath(UriInfo uri, String message) {
        return uri.getPathParameters().values().stream().flatMap(List::stream)
                .anyMatch(value -> message.endsWith("\"" + value + "\"") || message.endsWith("." + value));
    }

    private static InvalidParameter problem(UriInfo uri, String badValue, String message) {
        String name = uri.getQueryParameters().entrySet().stream()
                .filter(p -> badValue != null && p.getValue().contains(badValue))
                .map(Map.Entry::getKey).findFirst().orElse("parameter");
        return new InvalidParameter(name, message);
    }

    private static String constants(String enumClass) {
        try {
            Object[] values = Class.forName(enumClass, false, Thread.currentThread().getContextClassLoader())
                    .getEnumConstants();
            return values == null ? "the documented values"
                    : Arrays.stream(values).map(Object::toString).collect(Collectors.joining(", "));
        } catch (ClassNotFoundException e) {
            return "the documented values";
        }
    }
}
