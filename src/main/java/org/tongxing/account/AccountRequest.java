package org.tongxing.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.tongxing.area.AreaCode;
import org.tongxing.common.OnUpdate;
import org.tongxing.common.Role;

/** An account to create, or its new state. The password is set only on creation; later through /password. */
public record AccountRequest(
        @NotNull @Pattern(regexp = "^[a-zA-Z0-9][a-zA-Z0-9._-]{2,49}$",
                message = "must be 3-50 letters, digits, dots, dashes or underscores") String username,
        @NotBlank @Size(max = 50) String displayName,
        @Email @Size(max = 254) String email,
        @NotNull Role role,
        @Pattern(regexp = AreaCode.PATTERN, message = "must be an area code") String areaCode,
        Long organisationId,
        Long volunteerId,
        Long householdId,
        Long cadreId,
        Boolean enabled,
        @Null(groups = OnUpdate.class,
                message = "is changed through /api/users/{id}/password") @Size(max = 128) String password,
        @NotNull(groups = OnUpdate.class, message = "is required when updating") Long version) {
}
