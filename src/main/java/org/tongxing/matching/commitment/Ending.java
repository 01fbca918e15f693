package org.tongxing.matching.commitment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.tongxing.matching.EndKind;

/**
 * Why a pair or a whole group ends, at the version last read. {@code completed}: its needs were met and become
 * FULFILLED; otherwise they open again, so that a later matching run can find someone else.
 * {@code kind}: only BAD_FIT keeps the two apart in later runs; without it a volunteer who steps back is kept apart.
 */
public record Ending(@NotBlank @Size(max = 500) String reason, @NotNull Long version, Boolean completed,
        EndKind kind) {

    public Ending(String reason, Long version, Boolean completed) {
        this(reason, version, completed, null);
    }

    public boolean fulfils() {
        return Boolean.TRUE.equals(completed);
    }
}
