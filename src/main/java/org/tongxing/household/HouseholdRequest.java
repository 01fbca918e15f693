package org.tongxing.household;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.tongxing.area.AreaCode;
import org.tongxing.common.OnUpdate;

/**
 * A case file to open, or its new state. Members are given only when opening the file; afterwards they
 * are edited one by one under {@code /members}, so that each change has its own place in the timeline. What the
 * family said ({@code preferences}) is optional: left out, it stays as it was (on a new file: nothing said).
 */
public record HouseholdRequest(
        @NotNull @Pattern(regexp = AreaCode.PATTERN, message = "must be an area code") String areaCode,
        @NotBlank @Size(max = 200) String addressLine,
        @NotNull HardshipCategory hardshipCategory,
        @NotNull Composition composition,
        @NotNull Tier tier,
        @Size(max = 2000) String summary,
        @NotNull @Valid ConsentRequest consent,
        @Null(groups = OnUpdate.class, message = "are edited under /api/households/{id}/members") @Size(
                max = 20) List<@NotNull @Valid MemberRequest> members,
        Long contactMemberId,
        @Valid FamilyPreferences preferences,
        @NotNull(groups = OnUpdate.class, message = "is required when updating") Long version) {
}
