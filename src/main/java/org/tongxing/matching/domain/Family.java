package org.tongxing.matching.domain;

import java.util.List;
import java.util.Set;

import org.tongxing.common.Gender;
import org.tongxing.volunteer.WeeklyAvailability;

/**
 * The household side of a match: where the family lives, what it speaks and when it is free.
 *
 * @param languages in order of preference; the first one is the family's own language; empty when not said
 * @param availability the family's weekly free slots; null when it did not say (then no overlap is computed)
 * @param location the home's coordinates where known; null otherwise
 * @param requiredGender a volunteer of another gender is not eligible (e.g. a girl's counsellor); may be null
 * @param preferredGender a softer wish, already narrowed to the help it is for; may be null
 * @param involvesMinor a child is served, so only vetted volunteers may be matched
 * @param previousVolunteerIds volunteers who already served this family, preferred for continuity
 */
public record Family(long householdId, String area, GeoPoint location, List<String> languages,
        WeeklyAvailability availability, Gender requiredGender, Gender preferredGender, boolean involvesMinor,
        Set<Long> previousVolunteerIds) {

    public Family {
        languages = List.copyOf(languages);
        previousVolunteerIds = Set.copyOf(previousVolunteerIds);
    }

    public String ownLanguage() {
        return languages.isEmpty() ? null : languages.get(0);
    }
}
