package org.tongxing.matching.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A volunteer and a family who must never be matched, and why (a relative, a past complaint, a dispute). */
public record ConflictRequest(@NotNull Long volunteerId, @NotNull Long householdId,
        @NotBlank @Size(min = 2, max = 500) String reason) {
}
