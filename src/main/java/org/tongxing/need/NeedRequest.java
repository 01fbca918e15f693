package org.tongxing.need;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.tongxing.common.OnUpdate;

/**
 * A need to post, or its new wording. The household cannot change once posted. {@code wantedBy} may not
 * lie in the past, except that an edit may keep the date it already had. {@code longTerm} asks for a long-term
 * partner whom matching runs propose; absent means no when posting and "unchanged" when editing.
 */
public record NeedRequest(
        @NotNull Long householdId,
        Long memberId,
        @NotNull NeedCategory category,
        @NotBlank @Size(min = 5, max = 2000) String description,
        @NotNull Urgency urgency,
        LocalDate wantedBy,
        @NotNull(groups = OnUpdate.class, message = "is required when updating") Long version,
        Boolean longTerm) {

    /** Without the long-term wish, for forms that do not ask for it. */
    public NeedRequest(Long householdId, Long memberId, NeedCategory category, String description, Urgency urgency,
            LocalDate wantedBy, Long version) {
        this(householdId, memberId, category, description, urgency, wantedBy, version, null);
    }
}
