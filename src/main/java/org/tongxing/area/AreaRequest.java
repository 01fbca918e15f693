package org.tongxing.area;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record AreaRequest(
        @NotNull @Pattern(regexp = AreaCode.PATTERN, message = "must be 6, 9, 12 or 15 digits") String code,
        @NotBlank @Size(max = 100) String nameZh,
        @NotBlank @Size(max = 100) String nameEn) {
}
