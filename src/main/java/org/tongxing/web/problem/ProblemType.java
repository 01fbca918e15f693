package org.tongxing.web.problem;

/**
 * Every kind of error the API returns. The slug is part of the public contract: clients switch on
 * {@code type}, so a slug never changes meaning once published.
 */
public enum ProblemType {
    VALIDATION_FAILED(400, "validation-failed", "The request has invalid fields"),
    MALFORMED_JSON(400, "malformed-json", "The request body is not valid JSON"),
    INVALID_FIELD_TYPE(400, "invalid-field-type", "A field has a value of the wrong type or an unknown value"),
    UNKNOWN_FIELD(400, "unknown-field", "The request body has a field this operation does not accept"),
    INVALID_PARAMETER(400, "invalid-parameter", "A query or path parameter is invalid"),
    BAD_REQUEST(400, "bad-request", "The request cannot be understood"),
    UNAUTHORIZED(401, "unauthorized", "Sign-in is required"),
    FORBIDDEN(403, "forbidden", "You are not allowed to do this"),
    OUTSIDE_YOUR_AREA(403, "outside-your-area", "This lies outside the area you are responsible for"),
    PASSWORD_CHANGE_REQUIRED(403, "password-change-required", "You must choose a new password first"),
    CLAIMANT_NOT_ELIGIBLE(403, "claimant-not-eligible", "You cannot claim this kind of need"),
    CSRF_REJECTED(403, "csrf-rejected",
            "The form expired or did not come from this site; reload the page and try again"),
    NOT_FOUND(404, "not-found", "No such resource"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "This resource does not support the method"),
    NOT_ACCEPTABLE(406, "not-acceptable", "No representation in the requested media type"),
    CONCURRENT_UPDATE(409, "concurrent-update", "Someone else changed this resource first"),
    CLAIM_CONFLICT(409, "claim-conflict", "Someone else claimed this need first"),
    NEED_NOT_OPEN(409, "need-not-open", "This need is not open for claiming"),
    CLAIM_LIMIT_REACHED(409, "claim-limit-reached", "You hold as many open claims as allowed"),
    COMPLETION_RATIO_TOO_LOW(409, "completion-ratio-too-low", "Too few of your past claims were completed"),
    INVALID_CLAIM_TRANSITION(409, "invalid-claim-transition", "The claim is not in a state that allows this"),
    DUPLICATE(409, "duplicate", "This would duplicate an existing record"),
    INVALID_STATE(409, "invalid-state", "The resource is not in a state that allows this"),
    // visits and programmes
    VISIT_CODE_INVALID(403, "visit-code-invalid", "This visit code is not genuine"),
    VISIT_CODE_REVOKED(410, "visit-code-revoked", "This visit code was withdrawn; use the household's current code"),
    EVALUATION_SUBMITTED(409, "evaluation-submitted", "This evaluation was submitted and can no longer change"),
    // matching
    MATCHING_RUN_ACTIVE(409, "matching-run-active", "A matching run of this kind is already active in this district"),
    PROPOSAL_OUTDATED(409, "proposal-outdated", "Things changed since the matching run; this proposal no longer fits"),
    COMMITMENT_ENDED(409, "commitment-ended", "This pair or group has already ended, or the volunteer already left it"),
    // statistics and exports
    INVALID_DATE_RANGE(400, "invalid-date-range", "The date range ends before it starts or spans too many years"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
    URI_TOO_LONG(414, "uri-too-long", "The request URI is too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "The request body has an unsupported media type"),
    UNKNOWN_REFERENCE(422, "unknown-reference", "The request refers to something that does not exist"),
    INCONSISTENT_REFERENCE(422, "inconsistent-reference", "The request refers to things that do not belong together"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many attempts; wait before trying again"),
    INTERNAL_ERROR(500, "internal-error", "Something went wrong on our side"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "The service cannot handle the request right now");

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return Problem.TYPE_PREFIX + slug;
    }
}
