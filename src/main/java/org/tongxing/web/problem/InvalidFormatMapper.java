package org.tongxing.web.problem;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** A value that does not fit its field: an unknown enum constant, a malformed date, "abc" for a number. */
@Provider
public class InvalidFormatMapper implements ExceptionMapper<InvalidFormatException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(InvalidFormatException e) {
        String field = JsonPaths.of(e);
        String message = describe(e.getTargetType());
        return ProblemResponses.of(ProblemType.INVALID_FIELD_TYPE, "The field '" + field + "' " + message,
                List.of(new Problem.FieldError(field, message)), uri);
    }

    static String describe(Class<?> target) {
        if (target == null) {
            return "has a value of the wrong type";
        }
        if (target.isEnum()) {
            return "must be one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        return "must be a valid " + friendlyName(target);
    }

    private static String friendlyName(Class<?> target) {
        return switch (target.getSimpleName()) {
            case "LocalDate" -> "date (yyyy-MM-dd)";
            case "Instant", "OffsetDateTime" -> "timestamp (ISO-8601, e.g. 2026-01-31T08:00:00Z)";
            case "Long", "long", "Integer", "int", "Short", "short" -> "whole number";
            case "Boolean", "boolean" -> "boolean (true or false)";
            default -> target.getSimpleName();
        };
    }
}
