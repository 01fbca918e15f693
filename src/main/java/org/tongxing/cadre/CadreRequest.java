package org.tongxing.cadre;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.tongxing.area.AreaCode;
import org.tongxing.common.ContactPatterns;
import org.tongxing.common.Gender;
import org.tongxing.common.OnUpdate;

public record CadreRequest(
        @NotBlank @Size(max = 50) String name,
        @Pattern(regexp = ContactPatterns.PHONE, message = ContactPatterns.PHONE_MESSAGE) String phone,
        @Email @Size(max = 254) String email,
        @NotNull Gender gender,
        @NotBlank @Size(max = 100) String unit,
        @Size(max = 50) String title,
        @NotNull @Pattern(regexp = AreaCode.PATTERN, message = "must be an area code") String areaCode,
        @NotNull @Min(0) @Max(50) Integer capacity,
        @NotNull(groups = OnUpdate.class, message = "is required when updating") Long version) {
}
