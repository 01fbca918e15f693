package org.tongxing.need;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Why the grassroots cannot solve the need and it should go one level up. */
public record EscalationRequest(@NotBlank @Size(max = 500) String reason, @NotNull Long version) {
}
