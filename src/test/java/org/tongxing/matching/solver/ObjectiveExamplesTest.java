package org.tongxing.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxing.matching.solver.Fixtures.*;
import static org.tongxing.need.NeedCategory.*;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import org.tongxing.matching.domain.Candidate;
import org.tongxing.matching.domain.Family;
import org.tongxing.matching.domain.FormingGroup;
import org.tongxing.matching.domain.GroupCadreSlot;
import org.tongxing.matching.domain.GroupNeed;
import org.tongxing.matching.domain.GroupVolunteerSlot;
import org.tongxing.matching.domain.MatchingPlan;
import org.tongxing.matching.domain.PairingRequest;

/**
 * The objective's order, as docs/matching.md works it through: the whole score of small plans, every rule at
 * once, so a weight that ranks the wrong thing first fails here.
 */
class ObjectiveExamplesTest {

    private static final String OTHER_DISTRICT = "440102001001001";

    private final ConstraintVerifier<MatchingConstraints, MatchingPlan> verifier = ConstraintVerifier.build(
            new MatchingConstraints(), MatchingPlan.class, PairingRequest.class, GroupVolunteerSlot.class,
            GroupCadreSlot.class);

    @Test
    void oneVolunteerCoveringAllThreeNeedsBeatsThreeCoveringOne() {
        FormingGroup mother = group(7, TUTORING, JOB_TRAINING, LEGAL_AID);
        Object[] needs = needsOf(mother);
        // three tutors fill every seat but leave two needs uncovered: 2 x 4 medium points
        verifier.verifyThat()
                .given(concat(needs, seat(1, mother, volunteer(1, TUTORING)), seat(2, mother, volunteer(2, TUTORING)),
                        seat(3, mother, volunteer(3, TUTORING))))
                .scores(HardMediumSoftLongScore.of(0, -8, 0));
        // one volunteer who does all three leaves two seats empty: 2 x 1 medium point, the better plan
        verifier.verifyThat()
                .given(concat(needs, seat(1, mother, volunteer(4, TUTORING, JOB_TRAINING, LEGAL_AID)),
                        seat(2, mother, null), seat(3, mother, null)))
                .scores(HardMediumSoftLongScore.of(0, -2, 0));
    }

    @Test
    void aMothersNeedOutweighsAllThreeSeatsOfHerGroup() {
        FormingGroup mother = group(7, TUTORING);
        Candidate none = null;
        assertThat(MatchCosts.shortfall(mother, Arrays.asList(none, none, none))).isEqualTo(3 + 4);
        verifier.verifyThat()
                .given(concat(needsOf(mother), seat(1, mother, null), seat(2, mother, null), seat(3, mother, null)))
                .scores(HardMediumSoftLongScore.of(0, -(3 * MatchCosts.EMPTY_SEAT + MatchCosts.UNCOVERED_NEED), 0));
    }

    @Test
    void formerVolunteerOneStreetAwayBeatsAStrangerInTheSameCommunity() {
        Family servedBy9 = served(9);
        // the former volunteer lives in the next street: district tier, 80
        verifier.verifyThat().given(request(1, servedBy9, TUTORING, volunteer(9, OTHER_STREET, 3, TUTORING)))
                .scores(HardMediumSoftLongScore.of(0, 0, -80));
        // a stranger in the next compound of the same community: 10 for travel plus 100 for a new face
        verifier.verifyThat().given(request(1, servedBy9, TUTORING, volunteer(1, NEIGHBOUR_COMPOUND, 3, TUTORING)))
                .scores(HardMediumSoftLongScore.of(0, 0, -110));
    }

    @Test
    void formerVolunteerInAnotherDistrictGivesWayToAStrangerNearby() {
        Family servedBy9 = served(9);
        verifier.verifyThat().given(request(1, servedBy9, TUTORING, volunteer(9, OTHER_DISTRICT, 3, TUTORING)))
                .scores(HardMediumSoftLongScore.of(0, 0, -200));
        verifier.verifyThat().given(request(1, servedBy9, TUTORING, volunteer(1, NEIGHBOUR_COMPOUND, 3, TUTORING)))
                .scores(HardMediumSoftLongScore.of(0, 0, -110));
    }

    @Test
    void anUnansweredPairingRequestWeighsAsMuchAsAMothersNeed() {
        PairingRequest open = request(1, family(1), TUTORING, null);
        verifier.verifyThat().given(open)
                .scores(HardMediumSoftLongScore.ofMedium(-MatchCosts.UNCOVERED_NEED));
    }

    private static Family served(long volunteerId) {
        return new Family(1, COMPOUND, null, List.of("yue", "cmn"), ALL_WEEK, null, null, false, Set.of(volunteerId));
    }

    private static Object[] needsOf(FormingGroup group) {
        return group.needs().stream().map(need -> new GroupNeed(group, need)).toArray();
    }

    private static Object[] concat(Object[] facts, Object... more) {
        Object[] all = Arrays.copyOf(facts, facts.length + more.length);
        System.arraycopy(more, 0, all, facts.length, more.length);
        return all;
    }
}
