package org.tongxing.claim;

import java.time.LocalDate;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** How the claimant means to help, and by when. */
public record ClaimRequest(@NotBlank @Size(min = 5, max = 1000) String plan,
        @NotNull @FutureOrPresent LocalDate promisedBy) {
}
