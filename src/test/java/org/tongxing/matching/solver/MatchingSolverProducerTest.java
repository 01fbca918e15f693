package org.tongxing.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxing.matching.solver.Fixtures.*;
import static org.tongxing.need.NeedCategory.TUTORING;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverManager;
import org.tongxing.matching.domain.MatchingPlan;
import org.tongxing.matching.domain.PairingRequest;

import io.quarkus.test.junit.QuarkusTest;

/** The solver runs inside Quarkus without the OptaPlanner extension: injected, solving, closed on shutdown. */
@QuarkusTest
class MatchingSolverProducerTest {

    @Inject
    SolverManager<MatchingPlan, Long> solverManager;

    @Test
    void injectedSolverManagerSolvesAPlan() throws Exception {
        MatchingPlan plan = MatchingPlanFactory.create(new MatchingProblem(List.of(volunteer(1, TUTORING)), List.of(),
                List.of(new PairingRequest(1, 10, TUTORING, family(101), null)), List.of(), List.of()));

        solverManager.terminateEarly(7L);
        MatchingPlan solved = solverManager.solve(7L, plan).getFinalBestSolution();

        assertThat(solved.getPairingRequests().get(0).getVolunteer().id()).isEqualTo(1L);
    }
}
