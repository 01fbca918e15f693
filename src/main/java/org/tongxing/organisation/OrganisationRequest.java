package org.tongxing.organisation;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.tongxing.area.AreaCode;
import org.tongxing.common.ContactPatterns;
import org.tongxing.common.OnUpdate;
import org.tongxing.need.NeedCategory;

/** An organisation's profile. Vetting is decided separately, under {@code /vetting}. */
public record OrganisationRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull OrganisationKind kind,
        @Pattern(regexp = "^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$",
                message = "must be an 18-character unified social credit code") String creditCode,
        @Size(max = 50) String contactName,
        @Pattern(regexp = ContactPatterns.PHONE, message = ContactPatterns.PHONE_MESSAGE) String contactPhone,
        @Email @Size(max = 254) String email,
        @NotNull @Pattern(regexp = AreaCode.PATTERN, message = "must be an area code") String areaCode,
        @NotNull @Size(min = 1, max = 8) Set<@NotNull NeedCategory> serviceCategories,
        @Size(max = 2000) String description,
        @NotNull(groups = OnUpdate.class, message = "is required when updating") Long version) {
}
