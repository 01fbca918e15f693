package org.tongxing.common;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The outcome of a background check, for a volunteer or an organisation, and for a refusal or suspension the
 * reason the applicant reads (the pages require one; API clients may still leave it out).
 */
public record VettingRequest(@NotNull VettingStatus status, @NotNull Long version, @Size(max = 500) String reason) {

    public VettingRequest(VettingStatus status, Long version) {
        this(status, version, null);
    }

    /** Whether the decision refuses (or suspends) the applicant, who is then owed a reason. */
    public boolean refuses() {
        return status == VettingStatus.REJECTED || status == VettingStatus.SUSPENDED;
    }

    /** The reason kept with the decision: only a refusal's, stripped. */
    public String note() {
        return refuses() && reason != null && !reason.isBlank() ? reason.strip() : null;
    }
}
