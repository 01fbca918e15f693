package org.tongxing.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxing.matching.solver.Fixtures.*;
import static org.tongxing.need.NeedCategory.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.tongxing.matching.domain.Candidate;
import org.tongxing.matching.domain.FormingGroup;
import org.tongxing.matching.domain.GroupLeader;
import org.tongxing.matching.domain.GroupVolunteerSlot;
import org.tongxing.matching.domain.KeptApart;
import org.tongxing.matching.domain.MatchingPlan;
import org.tongxing.matching.domain.PairingRequest;

class MatcherSolveTest {

    @Test
    void smallDistrictGetsEveryRequestAndSeatFilledWithoutBreakingAHardRule() {
        MatchingPlan solved = SolverFactory.<MatchingPlan>create(MatchingSolverConfig.matcher(Duration.ofSeconds(5),
                Duration.ofMillis(500))).buildSolver().solve(smallDistrict());

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getScore().mediumScore()).isZero();
        assertThat(solved.getPairingRequests().get(0).getVolunteer().id()).as("confirmed pair stays").isEqualTo(1L);
        assertThat(solved.getPairingRequests()).noneMatch(request -> request.getFamily().householdId() == 102
                && request.getVolunteer().id() == 2L);
        assertThat(solved.getVolunteerSlots()).extracting(GroupVolunteerSlot::getVolunteer).doesNotContainNull()
                .doesNotHaveDuplicates();
    }

    /** Checks every incremental score against a full recalculation: slow, so only on request. */
    @Test
    @EnabledIfSystemProperty(named = "tongxing.slowTests", matches = "true")
    void fullAssertFindsNoScoreCorruption() {
        SolverConfig config = MatchingSolverConfig.matcher(Duration.ofSeconds(20), Duration.ofSeconds(3))
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        MatchingPlan solved = SolverFactory.<MatchingPlan>create(config).buildSolver().solve(smallDistrict());
        assertThat(solved.getScore().hardScore()).isZero();
    }

    private static MatchingPlan smallDistrict() {
        List<Candidate> volunteers = new ArrayList<>();
        volunteers.add(volunteer(1, COMPOUND, 2, TUTORING));
        volunteers.add(volunteer(2, NEIGHBOUR_COMPOUND, 2, TUTORING, PSYCHOLOGICAL_SUPPORT));
        volunteers.add(volunteer(3, COMPOUND, 1, PSYCHOLOGICAL_SUPPORT));
        volunteers.add(volunteer(4, OTHER_STREET, 2, JOB_TRAINING, LEGAL_AID));
        volunteers.add(volunteer(5, NEIGHBOUR_COMPOUND, 1, DAILY_LIVING, COMPANIONSHIP));
        volunteers.add(volunteer(6, COMPOUND, 1, TUTORING));
        List<PairingRequest> requests = List.of(
                new PairingRequest(1, 10, TUTORING, family(101), 1L),
                new PairingRequest(2, 20, TUTORING, family(102), null),
                new PairingRequest(3, 30, PSYCHOLOGICAL_SUPPORT, childFamily(103), null),
                new PairingRequest(4, 40, TUTORING, family(104, OTHER_STREET), null));
        FormingGroup group = new FormingGroup(200, family(200), Set.of(JOB_TRAINING, DAILY_LIVING, TUTORING), null,
                List.of());
        return MatchingPlanFactory.create(new MatchingProblem(volunteers, List.of(new GroupLeader(9, COMPOUND, 2, 0)),
                requests, List.of(group), List.of(new KeptApart(2, 102))));
    }
}
