package org.tongxing.household;

import jakarta.validation.constraints.NotNull;

/** A family's consent decision on its own, which the family may make without a worker. */
public record ConsentUpdate(@NotNull Boolean dataProcessing, @NotNull Boolean shareContact, @NotNull Long version) {
}
