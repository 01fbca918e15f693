package org.tongxing.matching.commitment;

import jakarta.validation.constraints.NotNull;

/** A pair a cadre makes by hand: this volunteer with this need. */
public record HandPair(@NotNull Long needId, @NotNull Long volunteerId) {
}
