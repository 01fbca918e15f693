package org.tongxing.matching.commitment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.tongxing.matching.EndKind;

/**
 * A cadre gives a group member's seat to another volunteer, with the reason the leaving one is told, at the group's
 * version last read. Only {@code kind} BAD_FIT keeps the leaving volunteer apart from the family in later runs.
 */
public record SeatSwap(@NotNull Long leavingVolunteerId, @NotNull Long joiningVolunteerId,
        @NotBlank @Size(max = 500) String reason, EndKind kind, @NotNull Long version) {
}
