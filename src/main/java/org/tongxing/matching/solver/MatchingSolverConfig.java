package org.tongxing.matching.solver;

import java.time.Duration;

import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
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

    /** Tongxing's matcher: exact flow seed, then local search for what the flow cannot see (group coverage). */
    public static SolverConfig matcher(Duration spentLimit, Duration unimprovedLimit) {
        return domain()
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(new FlowSeed()), new LocalSearchPhaseConfig())
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
