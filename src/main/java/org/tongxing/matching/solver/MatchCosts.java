package org.tongxing.matching.solver;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.tongxing.area.AreaCode;
import org.tongxing.matching.domain.Candidate;
import org.tongxing.matching.domain.Family;
import org.tongxing.matching.domain.FormingGroup;
import org.tongxing.matching.domain.GroupLeader;
import org.tongxing.need.NeedCategory;

/**
 * The objective, one function per term: the medium weights (what is left undone) and the soft terms in "cost
 * points" (10 points ~ 1 km of travel). The constraint provider, the flow seed, the explanations and the
 * benchmark's exact solvers all call these functions, so they optimise exactly the same objective; the weights
 * and the reasons for them are in docs/matching.md ("The objective").
 */
public final class MatchCosts {

    /**
     * Medium points: a need left unanswered (a pairing request without a partner, a mother's need none of her
     * group's volunteers covers) weighs more than all three seats of a group, so no plan ever fills seats at the
     * cost of a need: one volunteer covering all three of a mother's needs beats three covering one.
     */
    public static final long UNANSWERED_REQUEST = 4, UNCOVERED_NEED = 4, EMPTY_SEAT = 1, EMPTY_LEAD = 1;

    /** Travel cost by {@link AreaCode#distanceTier}: same compound, community, street, district, farther. */
    static final long[] TIER_COST = {0, 10, 30, 80, 200};
    static final long POINTS_PER_KM = 10;
    /** Families and volunteers should share at least this many free slots a week to meet regularly. */
    static final int WANTED_SHARED_SLOTS = 6;
    static final long PER_MISSING_SLOT = 5;
    /** Above the most the time term can cost (30): language ranks before time overlap. */
    static final long OTHER_LANGUAGE = 40;
    static final long OTHER_GENDER = 20;
    /** A known face is worth 10 km: a former helper one street away beats a stranger next door. */
    static final long NEW_FACE = 100;
    static final long NOT_PREFERRED = 10;
    /** The k-th place a volunteer holds costs this times (k - 1): convex, so load spreads out. */
    static final long LOAD_STEP = 5;

    private MatchCosts() {
    }

    public static long travel(Family family, Candidate volunteer) {
        if (family.location() != null && volunteer.location() != null) {
            return Math.round(family.location().kilometresTo(volunteer.location()) * POINTS_PER_KM);
        }
        return TIER_COST[AreaCode.distanceTier(family.area(), volunteer.area())];
    }

    public static long travel(Family family, GroupLeader cadre) {
        return TIER_COST[AreaCode.distanceTier(family.area(), cadre.area())];
    }

    /** Only where the family said when it is free: an overlap nobody computed costs nothing. */
    public static long availability(Family family, Candidate volunteer) {
        if (family.availability() == null) {
            return 0;
        }
        int shared = family.availability().overlap(volunteer.availability());
        return PER_MISSING_SLOT * Math.max(0, WANTED_SHARED_SLOTS - shared);
    }

    public static long language(Family family, Candidate volunteer) {
        String own = family.ownLanguage();
        return own == null || volunteer.speaks(own) ? 0 : OTHER_LANGUAGE;
    }

    public static long gender(Family family, Candidate volunteer) {
        return family.preferredGender() == null || family.preferredGender() == volunteer.gender() ? 0 : OTHER_GENDER;
    }

    public static long continuity(Family family, Candidate volunteer) {
        Set<Long> previous = family.previousVolunteerIds();
        return previous.isEmpty() || previous.contains(volunteer.id()) ? 0 : NEW_FACE;
    }

    public static long preference(Set<NeedCategory> asked, Candidate volunteer) {
        Set<NeedCategory> preferred = volunteer.preferredCategories();
        return preferred.isEmpty() || !Collections.disjoint(preferred, asked) ? 0 : NOT_PREFERRED;
    }

    /** Every per-assignment term together: what one match costs before the load term. */
    public static long assignment(Family family, Set<NeedCategory> asked, Candidate volunteer) {
        return travel(family, volunteer) + availability(family, volunteer) + language(family, volunteer)
                + gender(family, volunteer) + continuity(family, volunteer) + preference(asked, volunteer);
    }

    /** The soft cost of one seat of a mother's group (before load): the same terms as a pair's. */
    public static long seat(FormingGroup group, Candidate volunteer) {
        return assignment(group.mother(), group.needs(), volunteer);
    }

    /**
     * Medium points a group still lacks with these volunteers seated (null or absent for an empty seat): its
     * empty seats and the mother's needs none of them covers. With {@link #seat} and {@link #load} this is the
     * whole cost of a candidate trio.
     */
    public static long shortfall(FormingGroup group, Collection<Candidate> seated) {
        List<Candidate> present = seated.stream().filter(Objects::nonNull).toList();
        long uncovered = group.needs().stream().filter(need -> present.stream().noneMatch(v -> v.covers(need)))
                .count();
        return EMPTY_SEAT * (FormingGroup.VOLUNTEER_SEATS - present.size()) + UNCOVERED_NEED * uncovered;
    }

    /** Load cost of a volunteer holding {@code places} places in this problem on top of {@code currentLoad}. */
    public static long load(int currentLoad, int places) {
        return LOAD_STEP * ((long) places * currentLoad + (long) places * (places - 1) / 2);
    }

    /** What one more place costs a volunteer who already holds {@code held} places in total. */
    public static long marginalLoad(int held) {
        return LOAD_STEP * held;
    }
}
