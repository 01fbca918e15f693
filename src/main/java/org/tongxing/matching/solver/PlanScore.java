package org.tongxing.matching.solver;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolutionUpdatePolicy;
import org.optaplanner.core.api.solver.SolverFactory;
import org.tongxing.matching.domain.MatchingPlan;

/**
 * The score of a plan, for the flow seed, which compares the plan between its passes. The public {@code
 * ScoreDirector} a custom phase gets (through {@code CustomPhaseCommand}, OptaPlanner's documented extension point
 * for custom phases) does not give the score, and casting it to the internal {@code InnerScoreDirector} would tie
 * us to OptaPlanner's internals; so the score is computed from scratch through the public {@link SolutionManager}:
 * the same constraints and the same value as the solver's incremental score (checked on the benchmark's
 * instances), at 6–50 ms a call on 3,000 to 30,000 requests, which the seed's passes (seconds on a city) hardly
 * notice. One factory for every solver: building it compiles the constraint streams.
 */
final class PlanScore {

    private static final SolutionManager<MatchingPlan, HardMediumSoftLongScore> SCORER = SolutionManager
            .create(SolverFactory.create(MatchingSolverConfig.domain()));

    private PlanScore() {
    }

    /** Sets the plan's score too, which the solver recalculates anyway when the phase ends. */
    static HardMediumSoftLongScore of(MatchingPlan plan) {
        return SCORER.update(plan, SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
    }
}
