package org.tongxing.need;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.tongxing.common.OnUpdate;

/**
 * A need to post, or its new wording. The household cannot change once posted. {@code wantedBy} may not
 * lie in the past, except that an edit may keep the date it already had.
 */
public record NeedRequest(
        @NotNull Long householdId,
        Long memberId,
        @NotNull NeedCategory category,
        @NotBlank @Size(min = 5, max = 2000) String description,
        @NotNull Urgency urgency,
        LocalDate wantedBy,
        @NotNull(groups = OnUpdate.class, message = "is required when updating") Long version) {
}
