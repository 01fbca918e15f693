package org.tongxing.matching.commitment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.tongxing.matching.EndKind;

/** Why a volunteer steps out of a group seat, at the group's version last read; the group goes on. */
public record Departure(@NotBlank @Size(max = 500) String reason, @NotNull Long version, EndKind kind) {

    public Departure(String reason, Long version) {
        this(reason, version, null);
    }
}
