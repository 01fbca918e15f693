package org.tongxing.matching.solver;

import static org.tongxing.matching.solver.Fixtures.*;
import static org.tongxing.need.NeedCategory.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import org.tongxing.common.Gender;
import org.tongxing.common.VettingStatus;
import org.tongxing.matching.domain.Candidate;
import org.tongxing.matching.domain.Family;
import org.tongxing.matching.domain.FormingGroup;
import org.tongxing.matching.domain.GeoPoint;
import org.tongxing.matching.domain.GroupCadreSlot;
import org.tongxing.matching.domain.GroupLeader;
import org.tongxing.matching.domain.GroupNeed;
import org.tongxing.matching.domain.GroupVolunteerSlot;
import org.tongxing.matching.domain.KeptApart;
import org.tongxing.matching.domain.MatchingPlan;
import org.tongxing.matching.domain.PairingRequest;
import org.tongxing.volunteer.WeeklyAvailability;

class MatchingConstraintsTest {

    private final ConstraintVerifier<MatchingConstraints, MatchingPlan> verifier = ConstraintVerifier.build(
            new MatchingConstraints(), MatchingPlan.class, PairingRequest.class, GroupVolunteerSlot.class,
            GroupCadreSlot.class);

    @Test
    void volunteerOverCapacityIsPenalisedPerExtraPlace() {
        Candidate tutor = volunteer(1, COMPOUND, 1, TUTORING);
        FormingGroup group = group(7, TUTORING);
        verifier.verifyThat(MatchingConstraints::volunteerCapacity)
                .given(request(1, family(1), TUTORING, tutor), request(2, family(2), TUTORING, tutor),
                        seat(1, group, tutor), request(3, family(3), TUTORING, null))
                .penalizesBy(2);
    }

    @Test
    void cadreOverCapacityIsPenalised() {
        GroupCadreSlot first = new GroupCadreSlot(1, group(1, TUTORING));
        GroupCadreSlot second = new GroupCadreSlot(2, group(2, TUTORING));
        first.setCadre(cadre(5, 1));
        second.setCadre(cadre(5, 1));
        verifier.verifyThat(MatchingConstraints::cadreCapacity).given(first, second).penalizesBy(1);
    }

    @Test
    void sameVolunteerInTwoSeatsOfOneGroupIsPenalised() {
        Candidate tutor = volunteer(1, TUTORING);
        FormingGroup group = group(7, TUTORING);
        verifier.verifyThat(MatchingConstraints::volunteerTwiceInOneGroup)
                .given(seat(1, group, tutor), seat(2, group, tutor), seat(3, group(8, TUTORING), tutor))
                .penalizesBy(1);
    }

    @Test
    void unvettedVolunteerWithAChildIsPenalised() {
        Candidate pending = withVetting(volunteer(1, TUTORING), VettingStatus.PENDING);
        verifier.verifyThat(MatchingConstraints::minorNeedsVettedVolunteer)
                .given(request(1, childFamily(1), TUTORING, pending), request(2, family(2), TUTORING, pending),
                        request(3, childFamily(3), TUTORING, volunteer(2, TUTORING)))
                .penalizesBy(1);
    }

    @Test
    void declaredConflictIsPenalisedForPairsAndSeats() {
        Candidate tutor = volunteer(1, TUTORING);
        FormingGroup group = group(7, TUTORING);
        verifier.verifyThat(MatchingConstraints::declaredConflict)
                .given(new KeptApart(1, 1), new KeptApart(1, 7), request(1, family(1), TUTORING, tutor),
                        request(2, family(2), TUTORING, tutor), seat(1, group, tutor))
                .penalizesBy(2);
    }

    @Test
    void unassignedRequestIsPenalised() {
        verifier.verifyThat(MatchingConstraints::unassignedRequest)
                .given(request(1, family(1), TUTORING, null), request(2, family(2), TUTORING, volunteer(1, TUTORING)))
                .penalizesBy(1);
    }

    @Test
    void emptyCadreSeatIsPenalised() {
        GroupCadreSlot filled = new GroupCadreSlot(1, group(1, TUTORING));
        filled.setCadre(cadre(5, 2));
        verifier.verifyThat(MatchingConstraints::unfilledCadreSeat)
                .given(filled, new GroupCadreSlot(2, group(2, TUTORING)))
                .penalizesBy(1);
    }

    @Test
    void emptyVolunteerSeatIsPenalised() {
        FormingGroup group = group(7, TUTORING);
        verifier.verifyThat(MatchingConstraints::unfilledVolunteerSeat)
                .given(seat(1, group, volunteer(1, TUTORING)), seat(2, group, null), seat(3, group, null))
                .penalizesBy(2);
    }

    @Test
    void needNoMemberCoversIsPenalised() {
        FormingGroup group = group(7, TUTORING, JOB_TRAINING, LEGAL_AID);
        verifier.verifyThat(MatchingConstraints::uncoveredNeed)
                .given(new GroupNeed(group, TUTORING), new GroupNeed(group, JOB_TRAINING),
                        new GroupNeed(group, LEGAL_AID),
                        seat(1, group, volunteer(1, TUTORING, COMPANIONSHIP)), seat(2, group, volunteer(2, TUTORING)),
                        seat(3, group, null))
                .penalizesBy(2);
    }

    @Test
    void travelCostsByAreaTierOrByKilometres() {
        Family near = family(1, NEIGHBOUR_COMPOUND);
        Family farther = family(2, OTHER_STREET);
        Family located = new Family(3, COMPOUND, new GeoPoint(23.13, 113.26), List.of("yue"), ALL_WEEK, null, null,
                false, Set.of());
        Candidate located2km = new Candidate(2, Gender.FEMALE, COMPOUND, new GeoPoint(23.148, 113.26), List.of("yue"),
                Set.of(TUTORING), Set.of(), ALL_WEEK, VettingStatus.VETTED, 3, 0, 3);
        verifier.verifyThat(MatchingConstraints::travel)
                .given(request(1, near, TUTORING, volunteer(1, TUTORING)),
                        request(2, farther, TUTORING, volunteer(1, TUTORING)),
                        request(3, located, TUTORING, located2km))
                .penalizesBy(10 + 80 + 20);
    }

    @Test
    void cadreFromAnotherStreetCostsTravel() {
        GroupCadreSlot seat = new GroupCadreSlot(1, group(1, TUTORING));
        seat.setCadre(new GroupLeader(5, OTHER_STREET, 2, 0));
        verifier.verifyThat(MatchingConstraints::cadreTravel).given(seat).penalizesBy(80);
    }

    @Test
    void fewSharedFreeSlotsArePenalised() {
        Family eveningsOnly = new Family(1, COMPOUND, null, List.of("yue"), new WeeklyAvailability(0b111), null, null,
                false, Set.of());
        verifier.verifyThat(MatchingConstraints::availability)
                .given(request(1, eveningsOnly, TUTORING, volunteer(1, TUTORING)),
                        request(2, family(2), TUTORING, volunteer(1, TUTORING)))
                .penalizesBy(5 * (6 - 3));
    }

    @Test
    void noOverlapIsScoredWhereTheFamilyDidNotSayWhenItIsFree() {
        Family unsaid = new Family(1, COMPOUND, null, List.of("yue"), null, null, null, false, Set.of());
        Candidate mondaysOnly = new Candidate(1, Gender.FEMALE, COMPOUND, null, List.of("yue"), Set.of(TUTORING),
                Set.of(), new WeeklyAvailability(0b1), VettingStatus.VETTED, 3, 0, 3);
        verifier.verifyThat(MatchingConstraints::availability)
                .given(request(1, unsaid, TUTORING, mondaysOnly))
                .penalizesBy(0);
    }

    @Test
    void volunteerWhoDoesNotSpeakTheFamilysOwnLanguageIsPenalised() {
        Family hakka = new Family(1, COMPOUND, null, List.of("hak", "cmn"), ALL_WEEK, null, null, false, Set.of());
        verifier.verifyThat(MatchingConstraints::language)
                .given(request(1, hakka, TUTORING, volunteer(1, TUTORING)),
                        request(2, family(2), TUTORING, volunteer(1, TUTORING)))
                .penalizesBy(40);
    }

    @Test
    void unwantedGenderIsPenalised() {
        Family wantsMale = new Family(1, COMPOUND, null, List.of("yue"), ALL_WEEK, null, Gender.MALE, false, Set.of());
        verifier.verifyThat(MatchingConstraints::gender)
                .given(request(1, wantsMale, TUTORING, volunteer(1, TUTORING)),
                        request(2, family(2), TUTORING, volunteer(1, TUTORING)))
                .penalizesBy(20);
    }

    @Test
    void newVolunteerForAFamilyThatHadOneIsPenalised() {
        Family servedBy9 = new Family(1, COMPOUND, null, List.of("yue"), ALL_WEEK, null, null, false, Set.of(9L));
        verifier.verifyThat(MatchingConstraints::continuity)
                .given(request(1, servedBy9, TUTORING, volunteer(1, TUTORING)),
                        request(2, servedBy9, TUTORING, volunteer(9, TUTORING)),
                        request(3, family(3), TUTORING, volunteer(1, TUTORING)))
                .penalizesBy(100);
    }

    @Test
    void workOutsideTheVolunteersStatedPreferenceIsPenalised() {
        Candidate prefersCounselling = new Candidate(1, Gender.FEMALE, COMPOUND, null, List.of("yue"),
                Set.of(TUTORING, PSYCHOLOGICAL_SUPPORT), Set.of(PSYCHOLOGICAL_SUPPORT), ALL_WEEK, VettingStatus.VETTED,
                3, 0, 3);
        verifier.verifyThat(MatchingConstraints::volunteerPreference)
                .given(request(1, family(1), TUTORING, prefersCounselling),
                        request(2, family(2), PSYCHOLOGICAL_SUPPORT, prefersCounselling),
                        seat(1, group(7, PSYCHOLOGICAL_SUPPORT, JOB_TRAINING), prefersCounselling))
                .penalizesBy(10);
    }

    @Test
    void eachFurtherPlaceOfOneVolunteerCostsMore() {
        Candidate busy = new Candidate(1, Gender.FEMALE, COMPOUND, null, List.of("yue"), Set.of(TUTORING), Set.of(),
                ALL_WEEK, VettingStatus.VETTED, 5, 1, 3);
        // places 2 and 3 overall (one held elsewhere): 5 * 1 + 5 * 2
        verifier.verifyThat(MatchingConstraints::fairLoad)
                .given(request(1, family(1), TUTORING, busy), seat(1, group(7, TUTORING), busy),
                        request(3, family(3), TUTORING, volunteer(2, TUTORING)))
                .penalizesBy(15);
    }
}
