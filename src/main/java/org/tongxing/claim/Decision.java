package org.tongxing.claim;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Accept (no reason needed), decline or release (a reason is required) a claim at the version last read. */
public record Decision(@Size(max = 500) String reason, @NotNull Long version) {
}
