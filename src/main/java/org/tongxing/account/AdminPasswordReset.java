package org.tongxing.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password set by an administrator; the owner must change it at next sign-in. */
public record AdminPasswordReset(@NotBlank @Size(max = 128) String newPassword) {
}
