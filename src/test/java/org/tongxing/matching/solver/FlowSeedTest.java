package org.tongxing.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxing.matching.solver.Fixtures.*;
import static org.tongxing.need.NeedCategory.*;

import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.tongxing.matching.domain.Candidate;
import org.tongxing.matching.domain.FormingGroup;
import org.tongxing.matching.domain.GroupVolunteerSlot;
import org.tongxing.matching.domain.MatchingPlan;
import org.tongxing.matching.domain.PairingRequest;

/** Which rows the seed places: pairs always, group seats only on plans too large for seat-by-seat placing. */
class FlowSeedTest {

    @Test
    void smallPlanGetsItsPairsButLeavesTheSeatsToTheConstructionHeuristic() {
        MatchingPlan seeded = seedOnly(plan(FlowSeed.CONSTRUCTION_PLACES_SEATS_UP_TO));

        assertThat(seeded.getPairingRequests()).extracting(PairingRequest::getVolunteer).doesNotContainNull();
        assertThat(seeded.getVolunteerSlots()).extracting(GroupVolunteerSlot::getVolunteer).containsOnlyNulls();
        assertThat(seeded.getCadreSlots()).allMatch(seat -> seat.getCadre() != null);
    }

    @Test
    void largePlanGetsItsSeatsFromTheFlow() {
        MatchingPlan seeded = seedOnly(plan(FlowSeed.CONSTRUCTION_PLACES_SEATS_UP_TO + 1));

        assertThat(seeded.getPairingRequests()).extracting(PairingRequest::getVolunteer).doesNotContainNull();
        assertThat(seeded.getVolunteerSlots()).extracting(GroupVolunteerSlot::getVolunteer).doesNotContainNull();
    }

    private static MatchingPlan seedOnly(MatchingPlan plan) {
        SolverConfig config = MatchingSolverConfig.matcher(Duration.ofSeconds(1), Duration.ofSeconds(1))
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(new FlowSeed()));
        return SolverFactory.<MatchingPlan>create(config).buildSolver().solve(plan);
    }

    /** Groups of one need each, enough tutors for every seat and one pair, one cadre for them all. */
    private static MatchingPlan plan(int groups) {
        List<Candidate> volunteers = LongStream.rangeClosed(1, groups + 1)
                .mapToObj(id -> volunteer(id, COMPOUND, 3, TUTORING)).toList();
        List<FormingGroup> mothers = LongStream.rangeClosed(1, groups)
                .mapToObj(id -> group(1000 + id, TUTORING)).toList();
        List<PairingRequest> requests = List.of(new PairingRequest(1, 10, TUTORING, family(1), null));
        return MatchingPlanFactory.create(new MatchingProblem(volunteers, List.of(cadre(9, groups)), requests,
                mothers, List.of()));
    }
}
