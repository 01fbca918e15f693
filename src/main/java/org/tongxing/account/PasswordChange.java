package org.tongxing.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record PasswordChange(@NotNull @Size(max = 128) String currentPassword,
        @NotBlank @Size(max = 128) String newPassword) {
}
