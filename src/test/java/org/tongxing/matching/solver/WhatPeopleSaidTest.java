package org.tongxing.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxing.matching.solver.Fixtures.*;
import static org.tongxing.need.NeedCategory.TUTORING;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.tongxing.area.AreaCode;
import org.tongxing.common.Gender;
import org.tongxing.common.VettingStatus;
import org.tongxing.matching.domain.Candidate;
import org.tongxing.matching.domain.Family;
import org.tongxing.matching.domain.MatchingPlan;
import org.tongxing.matching.domain.PairingRequest;
import org.tongxing.volunteer.WeeklyAvailability;

/**
 * Issue 17's acceptance: language, free time, gender wish and travel range each change the proposal they should.
 * Each case solves one request twice with the same two volunteers: once without the fact said, once with it.
 * Without it the nearer volunteer wins; with it, the one the fact calls for.
 */
class WhatPeopleSaidTest {

    private static final WeeklyAvailability SATURDAY_MORNING = WeeklyAvailability.ofSlots(List.of("SATURDAY_MORNING"));

    @Test
    void aFamilyThatSpeaksOnlyCantoneseGetsTheCantoneseSpeaker() {
        Candidate mandarinNextDoor = person(1, COMPOUND, List.of("cmn"), ALL_WEEK, Gender.FEMALE,
                AreaCode.SAME_DISTRICT);
        Candidate cantoneseInTheCommunity = person(2, NEIGHBOUR_COMPOUND, List.of("yue"), ALL_WEEK, Gender.FEMALE,
                AreaCode.SAME_DISTRICT);
        assertThat(proposed(said(List.of(), null, null, Set.of()), mandarinNextDoor, cantoneseInTheCommunity))
                .isEqualTo(1);
        assertThat(proposed(said(List.of("yue"), null, null, Set.of()), mandarinNextDoor, cantoneseInTheCommunity))
                .isEqualTo(2);
    }

    @Test
    void aFamilyFreeOnlyOnSaturdayMorningGetsTheVolunteerFreeThen() {
        Candidate eveningsNextDoor = person(1, COMPOUND, List.of("yue"), EVENINGS, Gender.FEMALE,
                AreaCode.SAME_DISTRICT);
        Candidate saturdaysInTheCommunity = person(2, NEIGHBOUR_COMPOUND, List.of("yue"), SATURDAY_MORNING,
                Gender.FEMALE, AreaCode.SAME_DISTRICT);
        assertThat(proposed(said(List.of(), null, null, Set.of()), eveningsNextDoor, saturdaysInTheCommunity))
                .isEqualTo(1);
        assertThat(proposed(said(List.of(), SATURDAY_MORNING, null, Set.of()), eveningsNextDoor,
                saturdaysInTheCommunity)).isEqualTo(2);
    }

    @Test
    void aWishForAWomanGetsTheWoman() {
        Candidate manNextDoor = person(1, COMPOUND, List.of("yue"), ALL_WEEK, Gender.MALE, AreaCode.SAME_DISTRICT);
        Candidate womanInTheCommunity = person(2, NEIGHBOUR_COMPOUND, List.of("yue"), ALL_WEEK, Gender.FEMALE,
                AreaCode.SAME_DISTRICT);
        assertThat(proposed(said(List.of(), null, null, Set.of()), manNextDoor, womanInTheCommunity)).isEqualTo(1);
        assertThat(proposed(said(List.of(), null, Gender.FEMALE, Set.of()), manNextDoor, womanInTheCommunity))
                .isEqualTo(2);
    }

    @Test
    void aFormerHelperWhoTravelsOnlyInTheirOwnStreetGivesWayToAStranger() {
        Family servedBy1 = said(List.of(), null, null, Set.of(1L));
        Candidate stranger = person(2, NEIGHBOUR_COMPOUND, List.of("yue"), ALL_WEEK, Gender.FEMALE,
                AreaCode.SAME_DISTRICT);
        assertThat(proposed(servedBy1, person(1, OTHER_STREET, List.of("yue"), ALL_WEEK, Gender.FEMALE,
                AreaCode.SAME_DISTRICT), stranger)).isEqualTo(1);
        assertThat(proposed(servedBy1, person(1, OTHER_STREET, List.of("yue"), ALL_WEEK, Gender.FEMALE,
                AreaCode.SAME_STREET), stranger)).isEqualTo(2);
    }

    private static Family said(List<String> languages, WeeklyAvailability free, Gender wish, Set<Long> servedBy) {
        return new Family(100, COMPOUND, null, languages, free, null, wish, false, servedBy);
    }

    private static Candidate person(long id, String area, List<String> languages, WeeklyAvailability free,
            Gender gender, int reach) {
        return new Candidate(id, gender, area, null, languages, Set.of(TUTORING), Set.of(), free,
                VettingStatus.VETTED, 2, 0, reach);
    }

    /** The volunteer the matcher proposes for the family's one tutoring request. */
    private static long proposed(Family family, Candidate... volunteers) {
        MatchingPlan plan = MatchingPlanFactory.create(new MatchingProblem(List.of(volunteers), List.of(),
                List.of(new PairingRequest(1, 10, TUTORING, family, null)), List.of(), List.of()));
        MatchingPlan solved = SolverFactory.<MatchingPlan>create(MatchingSolverConfig.matcher(Duration.ofSeconds(5),
                Duration.ofMillis(500))).buildSolver().solve(plan);
        assertThat(solved.getScore().mediumScore()).as("the request is answered").isZero();
        return solved.getPairingRequests().get(0).getVolunteer().id();
    }
}
