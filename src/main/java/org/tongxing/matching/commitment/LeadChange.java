package org.tongxing.matching.commitment;

import jakarta.validation.constraints.NotNull;

/** Another cadre to lead the group, at the group's version last read. */
public record LeadChange(@NotNull Long cadreId, @NotNull Long version) {
}
