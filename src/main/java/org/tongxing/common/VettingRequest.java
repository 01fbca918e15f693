package org.tongxing.common;

import jakarta.validation.constraints.NotNull;

/** The outcome of a background check, for a volunteer or an organisation. */
public record VettingRequest(@NotNull VettingStatus status, @NotNull Long version) {
}
