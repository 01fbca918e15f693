package org.tongxing.matching.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a cadre turned a proposal down; its volunteers will not be proposed to the family again. */
public record Rejection(@NotBlank @Size(min = 2, max = 500) String reason) {
}
