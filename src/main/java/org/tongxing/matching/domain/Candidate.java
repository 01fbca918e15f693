package org.tongxing.matching.domain;

import java.util.List;
import java.util.Set;

import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.tongxing.common.Gender;
import org.tongxing.common.VettingStatus;
import org.tongxing.need.NeedCategory;
import org.tongxing.volunteer.WeeklyAvailability;

/**
 * A volunteer as the matcher sees one: a candidate for pairs and group seats (the solver's fact, not the
 * {@code volunteer.Volunteer} entity it is read from).
 *
 * @param languages language codes such as {@code cmn} (Mandarin) or {@code yue} (Cantonese)
 * @param preferredCategories what the volunteer said they would like to do; empty means no preference
 * @param capacity how many pairs and group places the volunteer is willing to hold at once
 * @param currentLoad commitments held outside this problem (a pair or group confirmed elsewhere); confirmed
 *        assignments that are part of the problem are counted by the solver and must not be counted here
 * @param maxTravelTier the farthest {@link org.tongxing.area.AreaCode#distanceTier} the volunteer travels;
 *        the same street is always acceptable
 * @param location optional geocoded home, refines travel cost when the family's is known too
 */
public record Candidate(long id, Gender gender, String area, GeoPoint location, List<String> languages,
        Set<NeedCategory> skills, Set<NeedCategory> preferredCategories, WeeklyAvailability availability,
        VettingStatus vetting, int capacity, int currentLoad, int maxTravelTier) {

    public Candidate {
        languages = List.copyOf(languages);
        skills = Set.copyOf(skills);
        preferredCategories = Set.copyOf(preferredCategories);
    }

    public boolean covers(NeedCategory category) {
        return skills.contains(category);
    }

    public boolean speaks(String language) {
        return languages.contains(language);
    }

    public boolean isVetted() {
        return vetting == VettingStatus.VETTED;
    }

    /** Places the solver may fill. */
    public int freePlaces() {
        return Math.max(0, capacity - currentLoad);
    }

    // Identity is the database id: the solver hashes volunteers on every move, and value equality over
    // sets and lists would be slow and wrong (two volunteers may share every attribute).
    /**
     * For problem changes' look-ups. Not on the record component: that would annotate both the field and the
     * accessor, which OptaPlanner rejects.
     */
    @PlanningId
    public Long getPlanningId() {
        return id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Candidate other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "Candidate#" + id;
    }
}
