package org.tongxing.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxing.matching.solver.Fixtures.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.tongxing.matching.domain.Candidate;
import org.tongxing.matching.domain.FormingGroup;
import org.tongxing.matching.domain.GroupVolunteerSlot;
import org.tongxing.matching.domain.MatchingPlan;
import org.tongxing.matching.domain.PairingRequest;
import org.tongxing.need.NeedCategory;

/**
 * A planted instance whose optimum is known by argument: every volunteer lives at least a community away (10 cost
 * points a seat), each mother has three needs and a trio one community away that covers them one each, so filling
 * every seat and covering every need at 10 a seat is optimal. Decoys one street away (30) cover two needs each and
 * hold three places, which lures a seat-by-seat placement (two needs in one seat) into a dearer plan.
 */
class ExactGroupSeatsTest {

    private static final int GROUPS = 8;
    private static final NeedCategory[] CATEGORIES = NeedCategory.values();

    @Test
    void findsThePlantedOptimumAndProvesItAndTheScoreAgrees() {
        MatchingPlan solved = exactOnly(planted(List.of()));

        assertThat(solved.getScore()).isEqualTo(HardMediumSoftLongScore.of(0, 0, -10L * 3 * GROUPS));
        assertThat(solved.isProvenOptimal()).isTrue();
        assertThat(solved.getVolunteerSlots()).extracting(GroupVolunteerSlot::getVolunteer)
                .allMatch(volunteer -> volunteer.id() < DECOYS);
        // the score OptaPlanner computes from scratch for the exact plan is the exact cost
        assertThat(SolutionManager.create(SolverFactory.<MatchingPlan>create(MatchingSolverConfig.domain()))
                .update(solved)).isEqualTo(HardMediumSoftLongScore.of(0, 0, -10L * 3 * GROUPS));
    }

    @Test
    void keepsAConfirmedMemberAndFillsTheRest() {
        MatchingPlan solved = exactOnly(planted(List.of(planted(0, 0))));

        GroupVolunteerSlot confirmed = solved.getVolunteerSlots().stream().filter(GroupVolunteerSlot::isConfirmed)
                .findFirst().orElseThrow();
        assertThat(confirmed.getVolunteer().id()).isEqualTo(planted(0, 0));
        assertThat(solved.getScore()).isEqualTo(HardMediumSoftLongScore.of(0, 0, -10L * 3 * GROUPS));
        assertThat(solved.isProvenOptimal()).isTrue();
    }

    @Test
    void claimsNoProofWhilePairsAreStillOpen() {
        MatchingPlan plan = planted(List.of());
        Candidate spare = volunteer(DECOYS + 100, NEIGHBOUR_COMPOUND, 1, CATEGORIES[0]);
        MatchingPlan withPair = MatchingPlanFactory.create(new MatchingProblem(
                concat(plan.getVolunteers(), spare), plan.getCadres(),
                List.of(new PairingRequest(1, 10, CATEGORIES[0], family(1), null)), plan.getGroups(), List.of()));

        MatchingPlan solved = exactOnly(withPair);

        assertThat(solved.getPairingRequests()).extracting(PairingRequest::getVolunteer).doesNotContainNull();
        assertThat(solved.isProvenOptimal()).isFalse();
    }

    private static final long DECOYS = 1_000;

    private static long planted(int group, int need) {
        return 100 + group * 3L + need;
    }

    /** Group g needs categories g, g+1, g+2 (mod 8); its trio covers them one each; decoys cover two. */
    private static MatchingPlan planted(List<Long> confirmedFirstMember) {
        List<Candidate> volunteers = new ArrayList<>();
        List<FormingGroup> groups = new ArrayList<>();
        for (int g = 0; g < GROUPS; g++) {
            NeedCategory[] needs = new NeedCategory[3];
            for (int n = 0; n < 3; n++) {
                needs[n] = CATEGORIES[(g + n) % CATEGORIES.length];
                volunteers.add(volunteer(planted(g, n), NEIGHBOUR_COMPOUND, 1, needs[n]));
            }
            volunteers.add(volunteer(DECOYS + g, OTHER_STREET, 3, needs[0], needs[1]));
            groups.add(g == 0 && !confirmedFirstMember.isEmpty()
                    ? new FormingGroup(2000 + g, family(2000 + g), Set.of(needs), null, confirmedFirstMember)
                    : group(2000 + g, needs));
        }
        return MatchingPlanFactory.create(
                new MatchingProblem(volunteers, List.of(cadre(9, GROUPS)), List.of(), groups, List.of()));
    }

    private static MatchingPlan exactOnly(MatchingPlan plan) {
        SolverConfig config = MatchingSolverConfig.matcher(Duration.ofSeconds(30), Duration.ofSeconds(30))
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(new FlowSeed()),
                        new CustomPhaseConfig().withCustomPhaseCommands(new ExactGroupSeats()));
        return SolverFactory.<MatchingPlan>create(config).buildSolver().solve(plan);
    }

    private static List<Candidate> concat(List<Candidate> volunteers, Candidate more) {
        List<Candidate> all = new ArrayList<>(volunteers);
        all.add(more);
        return all;
    }
}
