package org.tongxing.matching.commitment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Why a pair or a whole group ends, at the version last read. {@code completed}: its needs were met and become
 * FULFILLED; otherwise they open again, so that a later matching run can find someone else.
 */
public record Ending(@NotBlank @Size(max = 500) String reason, @NotNull Long version, Boolean completed) {

    public boolean fulfils() {
        return Boolean.TRUE.equals(completed);
    }
}
