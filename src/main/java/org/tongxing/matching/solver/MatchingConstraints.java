package org.tongxing.matching.solver;

import static org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.ONE_HARD;
import static org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.ONE_SOFT;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.Joiners.equal;
import static org.optaplanner.core.api.score.stream.Joiners.filtering;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;
import org.tongxing.matching.domain.GroupCadreSlot;
import org.tongxing.matching.domain.GroupNeed;
import org.tongxing.matching.domain.GroupVolunteerSlot;
import org.tongxing.matching.domain.KeptApart;
import org.tongxing.matching.domain.PairingRequest;
import org.tongxing.matching.domain.VolunteerAssignment;

/**
 * Hard: what must never happen. Medium: every request answered and every need of a mother covered, then every
 * seat filled (weights in {@link MatchCosts}). Soft: the cost terms of {@link MatchCosts}, so the exact solvers
 * can reproduce the score.
 */
public class MatchingConstraints implements ConstraintProvider {

    public static final String VOLUNTEER_CAPACITY = "Candidate capacity";
    public static final String CADRE_CAPACITY = "GroupLeader capacity";
    public static final String VOLUNTEER_TWICE_IN_GROUP = "Candidate twice in one group";
    public static final String MINOR_NEEDS_VETTED_VOLUNTEER = "Minor needs a vetted volunteer";
    public static final String DECLARED_CONFLICT = "Declared conflict";
    public static final String UNASSIGNED_REQUEST = "Unassigned pairing request";
    public static final String UNFILLED_CADRE_SEAT = "Unfilled cadre seat";
    public static final String UNFILLED_VOLUNTEER_SEAT = "Unfilled volunteer seat";
    public static final String UNCOVERED_NEED = "Mother's need left uncovered";
    public static final String TRAVEL = "Travel distance";
    public static final String CADRE_TRAVEL = "GroupLeader travel distance";
    public static final String AVAILABILITY = "Availability overlap";
    public static final String LANGUAGE = "Language preference";
    public static final String GENDER = "Gender preference";
    public static final String CONTINUITY = "Continuity";
    public static final String VOLUNTEER_PREFERENCE = "Candidate's stated preference";
    public static final String FAIR_LOAD = "Fair load";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                volunteerCapacity(factory), cadreCapacity(factory), volunteerTwiceInOneGroup(factory),
                minorNeedsVettedVolunteer(factory), declaredConflict(factory),
                unassignedRequest(factory), unfilledCadreSeat(factory), unfilledVolunteerSeat(factory),
                uncoveredNeed(factory),
                travel(factory), cadreTravel(factory), availability(factory), language(factory), gender(factory),
                continuity(factory), volunteerPreference(factory), fairLoad(factory)};
    }

    /** Pairs and group seats alike; pinned (confirmed) ones included, since they use capacity too. */
    private static UniConstraintStream<VolunteerAssignment> assignments(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(VolunteerAssignment.class).filter(VolunteerAssignment::isAssigned);
    }

    // ---- hard --------------------------------------------------------------------------------

    /** A volunteer holds no more places than they offered. */
    Constraint volunteerCapacity(ConstraintFactory factory) {
        return assignments(factory)
                .groupBy(VolunteerAssignment::getVolunteer, count())
                .filter((volunteer, places) -> places > volunteer.freePlaces())
                .penalizeLong(ONE_HARD, (volunteer, places) -> places - volunteer.freePlaces())
                .asConstraint(VOLUNTEER_CAPACITY);
    }

    /** A cadre leads no more groups than they can. */
    Constraint cadreCapacity(ConstraintFactory factory) {
        return factory.forEach(GroupCadreSlot.class)
                .groupBy(GroupCadreSlot::getCadre, count())
                .filter((cadre, groups) -> groups > cadre.freePlaces())
                .penalizeLong(ONE_HARD, (cadre, groups) -> groups - cadre.freePlaces())
                .asConstraint(CADRE_CAPACITY);
    }

    /** The three volunteers of a group are three different people. */
    Constraint volunteerTwiceInOneGroup(ConstraintFactory factory) {
        return factory.forEachUniquePair(GroupVolunteerSlot.class,
                equal(GroupVolunteerSlot::getGroup), equal(GroupVolunteerSlot::getVolunteer))
                .penalize(ONE_HARD)
                .asConstraint(VOLUNTEER_TWICE_IN_GROUP);
    }

    /** Only a vetted volunteer may serve a family with a child (also guards confirmed pairs whose vetting lapsed). */
    Constraint minorNeedsVettedVolunteer(ConstraintFactory factory) {
        return assignments(factory)
                .filter(assignment -> assignment.getFamily().involvesMinor() && !assignment.getVolunteer().isVetted())
                .penalize(ONE_HARD)
                .asConstraint(MINOR_NEEDS_VETTED_VOLUNTEER);
    }

    /** A declared conflict between a volunteer and a household is never overridden. */
    Constraint declaredConflict(ConstraintFactory factory) {
        return assignments(factory)
                .join(KeptApart.class,
                        equal(assignment -> assignment.getVolunteer().id(), KeptApart::volunteerId),
                        equal(assignment -> assignment.getFamily().householdId(), KeptApart::householdId))
                .penalize(ONE_HARD)
                .asConstraint(DECLARED_CONFLICT);
    }

    // ---- medium ------------------------------------------------------------------------------

    /** Every pairing request gets a partner if at all possible: a need unanswered weighs as much as a mother's. */
    Constraint unassignedRequest(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(PairingRequest.class)
                .filter(request -> request.getVolunteer() == null)
                .penalize(HardMediumSoftLongScore.ofMedium(MatchCosts.UNANSWERED_REQUEST))
                .asConstraint(UNASSIGNED_REQUEST);
    }

    /** Every group has its cadre. */
    Constraint unfilledCadreSeat(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(GroupCadreSlot.class)
                .filter(seat -> seat.getCadre() == null)
                .penalize(HardMediumSoftLongScore.ofMedium(MatchCosts.EMPTY_LEAD))
                .asConstraint(UNFILLED_CADRE_SEAT);
    }

    /** Every group has its three volunteers, but a seat weighs less than a need: seats serve the needs. */
    Constraint unfilledVolunteerSeat(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(GroupVolunteerSlot.class)
                .filter(seat -> seat.getVolunteer() == null)
                .penalize(HardMediumSoftLongScore.ofMedium(MatchCosts.EMPTY_SEAT))
                .asConstraint(UNFILLED_VOLUNTEER_SEAT);
    }

    /** The three volunteers together cover each of the mother's needs; this comes before filling seats. */
    Constraint uncoveredNeed(ConstraintFactory factory) {
        return factory.forEach(GroupNeed.class)
                .ifNotExists(GroupVolunteerSlot.class,
                        equal(GroupNeed::group, GroupVolunteerSlot::getGroup),
                        filtering((need, seat) -> seat.getVolunteer() != null
                                && seat.getVolunteer().covers(need.category())))
                .penalize(HardMediumSoftLongScore.ofMedium(MatchCosts.UNCOVERED_NEED))
                .asConstraint(UNCOVERED_NEED);
    }

    // ---- soft --------------------------------------------------------------------------------

    /** Volunteers live close to the family they serve. */
    Constraint travel(ConstraintFactory factory) {
        return assignments(factory)
                .penalizeLong(ONE_SOFT, a -> MatchCosts.travel(a.getFamily(), a.getVolunteer()))
                .asConstraint(TRAVEL);
    }

    /** A group's cadre works close to the mother. */
    Constraint cadreTravel(ConstraintFactory factory) {
        return factory.forEach(GroupCadreSlot.class)
                .penalizeLong(ONE_SOFT, seat -> MatchCosts.travel(seat.getGroup().mother(), seat.getCadre()))
                .asConstraint(CADRE_TRAVEL);
    }

    /** Candidate and family are free at the same times often enough to meet every week. */
    Constraint availability(ConstraintFactory factory) {
        return assignments(factory)
                .penalizeLong(ONE_SOFT, a -> MatchCosts.availability(a.getFamily(), a.getVolunteer()))
                .asConstraint(AVAILABILITY);
    }

    /** The volunteer speaks the family's own language, not just one they can get by in. */
    Constraint language(ConstraintFactory factory) {
        return assignments(factory)
                .penalizeLong(ONE_SOFT, a -> MatchCosts.language(a.getFamily(), a.getVolunteer()))
                .asConstraint(LANGUAGE);
    }

    /** The family's wish for a volunteer of a given gender is honoured where possible. */
    Constraint gender(ConstraintFactory factory) {
        return assignments(factory)
                .penalizeLong(ONE_SOFT, a -> MatchCosts.gender(a.getFamily(), a.getVolunteer()))
                .asConstraint(GENDER);
    }

    /** A family that already knows a volunteer keeps that volunteer. */
    Constraint continuity(ConstraintFactory factory) {
        return assignments(factory)
                .penalizeLong(ONE_SOFT, a -> MatchCosts.continuity(a.getFamily(), a.getVolunteer()))
                .asConstraint(CONTINUITY);
    }

    /** Volunteers do the kind of help they said they would like to do. */
    Constraint volunteerPreference(ConstraintFactory factory) {
        return assignments(factory)
                .penalizeLong(ONE_SOFT, a -> MatchCosts.preference(a.askedCategories(), a.getVolunteer()))
                .asConstraint(VOLUNTEER_PREFERENCE);
    }

    /** Load is spread across volunteers instead of piling on the best few: each extra place costs more. */
    Constraint fairLoad(ConstraintFactory factory) {
        return assignments(factory)
                .groupBy(VolunteerAssignment::getVolunteer, count())
                .penalizeLong(ONE_SOFT, (volunteer, places) -> MatchCosts.load(volunteer.currentLoad(), places))
                .asConstraint(FAIR_LOAD);
    }
}
