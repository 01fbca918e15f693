package org.tongxing.household;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.tongxing.common.Gender;
import org.tongxing.ui.FormValues;

/**
 * The "what the family said" part of a page form (intake, case file, the family's own profile): languages as
 * typed ("yue, zh"), free times as ticked slots, a gender wish and for whom, the contact channel, coordinates.
 * A page form extends it so the same fields bind in every page.
 */
public class FamilySaidForm {

    private static final double NOT_A_COORDINATE = 999;

    @RestForm
    public String languages;
    @RestForm
    public List<String> free;
    @RestForm
    public String genderWish;
    @RestForm
    public String genderWishFor;
    @RestForm
    public String contactChannel;
    @RestForm
    public String latitude;
    @RestForm
    public String longitude;

    /** A number that does not parse is sent on as out of range, so validation names the field. */
    public FamilyPreferences toPreferences() {
        List<String> tags = languages == null ? List.of()
                : Arrays.stream(languages.split("[,，;；\\s]+")).filter(t -> !t.isBlank()).toList();
        return new FamilyPreferences(tags, free == null ? List.of() : free,
                FormValues.enumValue(Gender.class, genderWish),
                FormValues.enumValue(GenderWishFor.class, genderWishFor),
                FormValues.enumValue(PreferredContact.class, contactChannel), coordinate(latitude),
                coordinate(longitude));
    }

    public void fill(FamilyPreferences p) {
        languages = String.join(", ", p.languages());
        free = p.availability();
        genderWish = p.genderWish() == null ? null : p.genderWish().name();
        genderWishFor = p.genderWishFor() == null ? null : p.genderWishFor().name();
        contactChannel = p.contactChannel() == null ? null : p.contactChannel().name();
        latitude = p.latitude() == null ? null : p.latitude().toString();
        longitude = p.longitude() == null ? null : p.longitude().toString();
    }

    public boolean isFree(DayOfWeek day, Object part) {
        return free != null && free.contains(day + "_" + part);
    }

    /** An error path of the API record ("preferences.languages[1]") as the page's field name; others unchanged. */
    public static String fieldName(String path) {
        for (Map.Entry<String, String> e : FIELDS.entrySet()) {
            if (path.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return path;
    }

    private static final Map<String, String> FIELDS = Map.of("preferences.languages", "languages",
            "preferences.availability", "free", "preferences.genderWish", "genderWish", "preferences.latitude",
            "latitude", "preferences.longitude", "longitude");

    private static Double coordinate(String value) {
        if (FormValues.text(value) == null) {
            return null;
        }
        BigDecimal parsed = FormValues.decimal(value);
        return parsed == null ? NOT_A_COORDINATE : parsed.doubleValue();
    }
}
