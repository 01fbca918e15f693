package org.tongxing.household;

import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.tongxing.common.ContactPatterns;
import org.tongxing.common.Gender;
import org.tongxing.common.WeekSlots;

/**
 * What the family said about how it can be helped: the languages it speaks (its own first), when it is free
 * in a typical week, a wish for the volunteer's gender and for whom, how it likes to be contacted, and where
 * its home is when the coordinates are known. Case-file data: read only where the file is.
 *
 * @param languages language tags in order of preference (zh, yue, nan, hak, ...); empty when not said
 * @param availability weekly slots such as {@code MONDAY_EVENING}; empty when not said
 * @param genderWish null when the family has no wish
 * @param genderWishFor for whom the wish holds; FAMILY when a wish is given without it
 */
public record FamilyPreferences(
        @Size(max = 5) List<@NotNull @Pattern(regexp = ContactPatterns.LANGUAGE,
                message = "must be a language tag such as zh, yue or en") String> languages,
        @Size(max = 21) List<@NotNull @Pattern(regexp = WeekSlots.PATTERN,
                message = WeekSlots.MESSAGE) String> availability,
        Gender genderWish,
        GenderWishFor genderWishFor,
        PreferredContact contactChannel,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude) {

    public static final FamilyPreferences NONE = new FamilyPreferences(List.of(), List.of(), null, null, null, null,
            null);

    public FamilyPreferences {
        languages = languages == null ? List.of() : languages.stream().distinct().toList();
        availability = availability == null ? List.of() : availability;
    }

    public static FamilyPreferences from(Household h) {
        return new FamilyPreferences(List.copyOf(h.languages),
                h.availabilityMask == null ? List.of() : WeekSlots.names(h.availabilityMask), h.genderWish,
                h.genderWishFor, h.contactChannel, h.latitude, h.longitude);
    }
}
