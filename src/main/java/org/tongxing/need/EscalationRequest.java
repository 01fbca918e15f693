package org.tongxing.need;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Why the grassroots cannot solve the need, and the level it should go to: {@code to} (a level above the need's
 * own) opens it there at once with the one reason; absent, it goes one level up.
 */
public record EscalationRequest(@NotBlank @Size(max = 500) String reason, @NotNull Long version, Visibility to) {

    public EscalationRequest(String reason, Long version) {
        this(reason, version, null);
    }
}
