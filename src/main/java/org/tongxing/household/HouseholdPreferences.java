package org.tongxing.household;

import java.util.ArrayList;
import java.util.List;

import org.tongxing.common.Changes;
import org.tongxing.common.InvalidInput;
import org.tongxing.common.WeekSlots;

/**
 * Copies what the family said onto its file. The rules bean validation cannot express live here: coordinates
 * come as a pair, a wish "for whom" needs a wish. Free times not stated are kept as null, not as "never free",
 * so the matcher can tell "did not say" from "said".
 */
final class HouseholdPreferences {

    private HouseholdPreferences() {
    }

    static void check(FamilyPreferences p) {
        if ((p.latitude() == null) != (p.longitude() == null)) {
            String missing = p.latitude() == null ? "latitude" : "longitude";
            throw new InvalidInput("Coordinates need both latitude and longitude", "preferences." + missing,
                    "is required with the other coordinate");
        }
        if (p.genderWish() == null && p.genderWishFor() != null) {
            throw new InvalidInput("A wish for whom needs a gender wish", "preferences.genderWish",
                    "is required when genderWishFor is given");
        }
    }

    static void apply(Household h, FamilyPreferences p, Changes changes) {
        check(p);
        List<String> languages = new ArrayList<>(p.languages());
        if (!languages.equals(h.languages)) {
            changes.track("languages", List.copyOf(h.languages), languages);
            h.languages = languages;
        }
        Integer mask = p.availability().isEmpty() ? null : WeekSlots.mask(p.availability());
        h.availabilityMask = changes.track("availability", h.availabilityMask, mask);
        h.genderWish = changes.track("genderWish", h.genderWish, p.genderWish());
        h.genderWishFor = changes.track("genderWishFor", h.genderWishFor,
                p.genderWish() == null ? null : p.genderWishFor() == null ? GenderWishFor.FAMILY : p.genderWishFor());
        h.contactChannel = changes.track("contactChannel", h.contactChannel, p.contactChannel());
        h.latitude = changes.track("latitude", h.latitude, p.latitude());
        h.longitude = changes.track("longitude", h.longitude, p.longitude());
    }
}
