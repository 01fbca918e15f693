package org.tongxing.matching.commitment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Why a volunteer steps out of a group seat, at the group's version last read; the group goes on. */
public record Departure(@NotBlank @Size(max = 500) String reason, @NotNull Long version) {
}
