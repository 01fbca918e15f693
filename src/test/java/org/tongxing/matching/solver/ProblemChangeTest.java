package org.tongxing.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxing.matching.solver.Fixtures.*;
import static org.tongxing.need.NeedCategory.TUTORING;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverJob;
import org.optaplanner.core.api.solver.SolverManager;
import org.tongxing.matching.domain.Candidate;
import org.tongxing.matching.domain.MatchingPlan;
import org.tongxing.matching.domain.PairingRequest;

class ProblemChangeTest {

    @Test
    void withdrawalAndCancellationReachARunningSolverWithoutRestartingIt() throws Exception {
        List<Candidate> volunteers = new ArrayList<>();
        for (long id = 1; id <= 4; id++) {
            volunteers.add(volunteer(id, COMPOUND, 2, TUTORING));
        }
        List<PairingRequest> requests = new ArrayList<>();
        requests.add(new PairingRequest(1, 10, TUTORING, family(101), 1L)); // confirmed with volunteer 1
        for (long id = 2; id <= 6; id++) {
            requests.add(new PairingRequest(id, id * 10, TUTORING, family(100 + id), null));
        }
        MatchingPlan plan = MatchingPlanFactory.create(
                new MatchingProblem(volunteers, List.of(), requests, List.of(), List.of()));

        CountDownLatch solving = new CountDownLatch(1);
        try (SolverManager<MatchingPlan, Long> solverManager = SolverManager.create(
                MatchingSolverConfig.matcher(Duration.ofSeconds(30), Duration.ofSeconds(2)))) {
            SolverJob<MatchingPlan, Long> job = solverManager.solveAndListen(1L, id -> plan,
                    best -> solving.countDown());
            assertThat(solving.await(10, TimeUnit.SECONDS)).isTrue();

            solverManager.addProblemChange(1L, new VolunteerWithdrawn(1)).get(10, TimeUnit.SECONDS);
            solverManager.addProblemChange(1L, new RequestCancelled(3)).get(10, TimeUnit.SECONDS);
            MatchingPlan result = job.getFinalBestSolution();

            assertThat(result.getVolunteers()).extracting(Candidate::id).containsExactly(2L, 3L, 4L);
            assertThat(result.getPairingRequests()).extracting(PairingRequest::getId).containsExactly(1L, 2L, 4L, 5L,
                    6L);
            assertThat(result.getPairingRequests()).allSatisfy(request -> {
                assertThat(request.getVolunteer()).isNotNull().isNotEqualTo(volunteers.get(0));
                assertThat(request.getCandidates()).doesNotContain(volunteers.get(0));
            });
            assertThat(result.getPairingRequests().get(0).isConfirmed()).isFalse();
            assertThat(result.getScore().hardScore()).isZero();
            assertThat(result.getScore().mediumScore()).isZero();
        }
    }
}
