package org.tongxing.matching.commitment;

import jakarta.validation.constraints.NotNull;

/** A step that needs nothing but the version last read: a household's consent, a cadre making a trial formal. */
public record Stamp(@NotNull Long version) {
}
