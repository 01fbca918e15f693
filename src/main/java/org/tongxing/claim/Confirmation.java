package org.tongxing.claim;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The worker or the family confirms the help was received, optionally rating it 1 to 5. */
public record Confirmation(@Min(1) @Max(5) Integer satisfaction, @Size(max = 1000) String feedback,
        @NotNull Long version) {
}
