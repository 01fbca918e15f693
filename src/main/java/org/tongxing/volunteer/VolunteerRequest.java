package org.tongxing.volunteer;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
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
import org.tongxing.common.WeekSlots;
import org.tongxing.need.NeedCategory;

/**
 * A volunteer's profile. Vetting is decided separately, under {@code /vetting}. Preferred categories (what they
 * would like to do, among what they can) and travel range tell the matcher what they said; left out, they are
 * "no preference" and "within my district".
 */
public record VolunteerRequest(
        @NotBlank @Size(max = 50) String name,
        @Pattern(regexp = ContactPatterns.PHONE, message = ContactPatterns.PHONE_MESSAGE) String phone,
        @Email @Size(max = 254) String email,
        @NotNull Gender gender,
        @NotNull @Pattern(regexp = AreaCode.PATTERN, message = "must be an area code") String areaCode,
        @NotNull @Size(max = 8) Set<@NotNull NeedCategory> skills,
        @NotNull @Size(max = 10) Set<@NotNull @Pattern(regexp = ContactPatterns.LANGUAGE,
                message = "must be a language tag such as zh, yue or en") String> languages,
        @Size(max = 20) Set<@NotBlank @Size(max = 100) String> qualifications,
        @NotNull @Size(max = 21) List<@NotNull @Pattern(regexp = AVAILABILITY_SLOT,
                message = "must be a day and part of day such as MONDAY_EVENING") String> availability,
        @NotNull @Min(0) @Max(20) Integer capacity,
        Long linkedMemberId,
        @Size(max = 1000) String bio,
        @Size(max = 8) Set<@NotNull NeedCategory> preferredCategories,
        TravelRange travelRange,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @NotNull(groups = OnUpdate.class, message = "is required when updating") Long version) {

    public static final String AVAILABILITY_SLOT = WeekSlots.PATTERN;
}
