package org.tongxing.web.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details body. {@code type} is a stable URI reference per kind of error
 * ({@code /problems/<slug>}, documented at that path); {@code errors} lists invalid fields, never their values.
 * {@code requestId}, an extension member, is the request's {@code X-Request-Id}: quoted by a caller, it finds the
 * request's log lines.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, String requestId,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "/problems/";

    public record FieldError(String field, String message) {
    }
}
