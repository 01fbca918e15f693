package org.tongxing.matching.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tongxing.area.AreaCode;
import org.tongxing.matching.domain.Candidate;
import org.tongxing.matching.domain.Family;
import org.tongxing.matching.domain.GroupLeader;
import org.tongxing.matching.domain.KeptApart;
import org.tongxing.need.NeedCategory;

/**
 * Who may be proposed to whom at all. Candidate lists are what makes the search small: the solver only ever
 * tries volunteers on a request's list, so everything that is a yes/no rule belongs here rather than in a
 * hard constraint. Volunteers are indexed by district so a city-sized problem needs no all-pairs scan.
 */
public final class Eligibility {

    private static final int DISTRICT_CODE_LENGTH = 6;

    private final Map<String, List<Candidate>> volunteersByDistrict = new HashMap<>();
    private final List<Candidate> farTravellers = new ArrayList<>();
    private final Map<String, List<GroupLeader>> cadresByDistrict = new HashMap<>();
    private final Set<KeptApart> conflicts;

    Eligibility(Collection<Candidate> volunteers, Collection<GroupLeader> cadres, Collection<KeptApart> conflicts) {
        for (Candidate volunteer : volunteers) {
            if (volunteer.isVetted() && volunteer.freePlaces() > 0) {
                (volunteer.maxTravelTier() >= AreaCode.FAR ? farTravellers
                        : volunteersByDistrict.computeIfAbsent(district(volunteer.area()), k -> new ArrayList<>()))
                        .add(volunteer);
            }
        }
        for (GroupLeader cadre : cadres) {
            if (cadre.freePlaces() > 0) {
                cadresByDistrict.computeIfAbsent(district(cadre.area()), k -> new ArrayList<>()).add(cadre);
            }
        }
        this.conflicts = new HashSet<>(conflicts);
    }

    /** Vetted volunteers with room who can do the category, reach the family, speak with it and meet it. */
    List<Candidate> forPair(Family family, NeedCategory category) {
        return candidates(family, Set.of(category), volunteer -> volunteer.covers(category));
    }

    /** As for a pair, but a seat in a group needs a volunteer who covers at least one of the mother's needs. */
    List<Candidate> forGroupSeat(Family mother, Set<NeedCategory> needs) {
        return candidates(mother, needs, volunteer -> !Collections.disjoint(volunteer.skills(), needs));
    }

    /** Cadres lead groups in their own district. */
    List<GroupLeader> forGroupLead(Family mother) {
        List<GroupLeader> found = new ArrayList<>(cadresByDistrict.getOrDefault(district(mother.area()), List.of()));
        found.sort(Comparator.comparingLong((GroupLeader cadre) -> MatchCosts.travel(mother, cadre))
                .thenComparingLong(GroupLeader::id));
        return found;
    }

    private List<Candidate> candidates(Family family, Set<NeedCategory> asked,
            java.util.function.Predicate<Candidate> skilled) {
        List<Candidate> found = new ArrayList<>();
        for (List<Candidate> pool : List.of(volunteersByDistrict.getOrDefault(district(family.area()), List.of()),
                farTravellers)) {
            for (Candidate volunteer : pool) {
                if (refusal(volunteer, family, skilled, conflicts) == null) {
                    found.add(volunteer);
                }
            }
        }
        found.sort(Comparator.comparingLong((Candidate v) -> MatchCosts.assignment(family, asked, v))
                .thenComparingLong(Candidate::id));
        return found;
    }

    /**
     * Why the volunteer may not serve the family, or null if they may: the one rule the solver's candidate lists and a
     * pair or seat made by hand both apply (vetted, a free place, the skill, within reach, able to meet, no conflict).
     */
    static String refusal(Candidate volunteer, Family family, java.util.function.Predicate<Candidate> skilled,
            Set<KeptApart> conflicts) {
        if (!volunteer.isVetted()) {
            return "the volunteer is not vetted";
        }
        if (volunteer.freePlaces() <= 0) {
            return "the volunteer has no free place";
        }
        if (!skilled.test(volunteer)) {
            return "the volunteer does not offer what is asked";
        }
        if (!reaches(volunteer, family)) {
            return "the family lives beyond the volunteer's reach";
        }
        if (!canMeet(volunteer, family)) {
            return "the volunteer cannot meet the family (language, gender, a minor, or no shared time)";
        }
        return conflicts.contains(new KeptApart(volunteer.id(), family.householdId()))
                ? "a conflict between the volunteer and the family is recorded" : null;
    }

    /** {@link #refusal} for a pair made by hand with the need's category. */
    public static String refusalForPair(Candidate volunteer, Family family, NeedCategory category,
            Set<KeptApart> conflicts) {
        return refusal(volunteer, family, v -> v.covers(category), conflicts);
    }

    /** {@link #refusal} for a seat given by hand: the volunteer covers at least one of the mother's needs. */
    public static String refusalForSeat(Candidate volunteer, Family mother, Set<NeedCategory> needs,
            Set<KeptApart> conflicts) {
        return refusal(volunteer, mother, v -> !Collections.disjoint(v.skills(), needs), conflicts);
    }

    /**
     * Why the cadre may not lead the mother's group, or null if they may: the rule of {@link #forGroupLead} (a free
     * place, the mother's district), for a lead given by hand.
     */
    public static String refusalForLead(GroupLeader cadre, Family mother) {
        if (cadre.freePlaces() <= 0) {
            return "the cadre leads as many groups as they can";
        }
        return district(cadre.area()).equals(district(mother.area())) ? null
                : "the cadre works in another district than the family";
    }

    static boolean reaches(Candidate volunteer, Family family) {
        int tier = AreaCode.distanceTier(volunteer.area(), family.area());
        return tier <= Math.max(AreaCode.SAME_STREET, volunteer.maxTravelTier());
    }

    static boolean canMeet(Candidate volunteer, Family family) {
        boolean sharesLanguage = family.languages().isEmpty()
                || family.languages().stream().anyMatch(volunteer::speaks);
        boolean genderFits = family.requiredGender() == null || family.requiredGender() == volunteer.gender();
        boolean minorSafe = !family.involvesMinor() || volunteer.isVetted();
        boolean meetsInTime = family.availability() == null
                || family.availability().overlap(volunteer.availability()) > 0;
        return sharesLanguage && genderFits && minorSafe && meetsInTime;
    }

    private static String district(String area) {
        return area.substring(0, DISTRICT_CODE_LENGTH);
    }
}
