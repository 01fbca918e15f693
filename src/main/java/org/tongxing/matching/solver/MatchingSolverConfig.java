package org.tongxing.matching.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.tongxing.matching.domain.GroupCadreSlot;
import org.tongxing.matching.domain.GroupVolunteerSlot;
import org.tongxing.matching.domain.MatchingPlan;
import org.tongxing.matching.domain.PairingRequest;

/** Solver configurations, built in code: no XML to drift from the domain, and the benchmark reuses them. */
public final class MatchingSolverConfig {

    private MatchingSolverConfig() {
    }

    /** Local search rounds before the last, open-ended one; the solver's termination usually comes first. */
    private static final int POLISHED_ROUNDS = 200;
    private static final Duration ROUND = Duration.ofSeconds(4);

    /**
     * Tongxing's matcher: exact flow seed, then rounds of local search (which finds what the flow cannot see:
     * three volunteers who together cover a mother's needs), each followed by an exact flow polish of the
     * costs. Simulated annealing rather than late acceptance: each round restarts from the best plan, where
     * late acceptance's history only admits sideways moves, so it never left the seed's local optimum; a
     * temperature of one medium point lets a round give up a covered need to find two. On the benchmark
     * this reached the optimal count on 50 groups and the LP bound's count on 500, where plain late
     * acceptance stayed 5 short and let the cost drift 50% up.
     */
    public static SolverConfig matcher(Duration spentLimit, Duration unimprovedLimit) {
        List<PhaseConfig> phases = new ArrayList<>();
        phases.add(new CustomPhaseConfig().withCustomPhaseCommands(new FlowSeed()));
        for (int round = 0; round < POLISHED_ROUNDS; round++) {
            phases.add(new LocalSearchPhaseConfig()
                    .withAcceptorConfig(new LocalSearchAcceptorConfig()
                            .withSimulatedAnnealingStartingTemperature("0hard/1medium/100soft"))
                    .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(4))
                    .withTerminationConfig(new TerminationConfig().withSpentLimit(ROUND)));
            phases.add(new CustomPhaseConfig().withCustomPhaseCommands(FlowSeed.polish(round)));
        }
        phases.add(new LocalSearchPhaseConfig());
        return domain()
                .withPhaseList(phases)
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(spentLimit)
                        .withUnimprovedSpentLimit(unimprovedLimit));
    }

    /** OptaPlanner's defaults (construction heuristic + late acceptance) on the same model: the benchmark baseline. */
    public static SolverConfig optaPlannerDefault(Duration spentLimit) {
        return domain().withTerminationConfig(new TerminationConfig().withSpentLimit(spentLimit));
    }

    private static SolverConfig domain() {
        return new SolverConfig()
                .withSolutionClass(MatchingPlan.class)
                .withEntityClasses(PairingRequest.class, GroupVolunteerSlot.class, GroupCadreSlot.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(MatchingConstraints.class)
                        // Bavet explicitly: should Drools ever reach the classpath again it would be picked silently.
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET));
    }
}
