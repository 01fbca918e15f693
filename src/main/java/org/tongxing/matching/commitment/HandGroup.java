package org.tongxing.matching.commitment;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A 1+3+1 group a cadre forms by hand: the mother's open needs it takes on, one to three volunteers who between them
 * cover those needs, and the cadre who leads it.
 */
public record HandGroup(@NotNull Long householdId, @NotEmpty List<@NotNull Long> needIds,
        @NotEmpty @Size(max = 3) List<@NotNull Long> volunteerIds, @NotNull Long cadreId) {
}
