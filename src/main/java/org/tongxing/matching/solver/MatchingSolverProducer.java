package org.tongxing.matching.solver;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.tongxing.matching.MatchingConfig;
import org.tongxing.matching.domain.MatchingPlan;

/**
 * Makes the solver injectable. The OptaPlanner Quarkus extension does not build on our Quarkus version, so
 * the factory comes from a programmatic config; runs are keyed by the matching-run id.
 */
@ApplicationScoped
public class MatchingSolverProducer {

    @Inject
    MatchingConfig config;

    @Produces
    @Singleton
    SolverFactory<MatchingPlan> solverFactory() {
        return SolverFactory.create(MatchingSolverConfig.matcher(config.spentLimit(), config.unimprovedLimit(),
                config.exactGroupsUpTo()));
    }

    @Produces
    @Singleton
    SolverManager<MatchingPlan, Long> solverManager(SolverFactory<MatchingPlan> factory) {
        return SolverManager.create(factory);
    }

    @Produces
    @Singleton
    SolutionManager<MatchingPlan, HardMediumSoftLongScore> solutionManager(SolverFactory<MatchingPlan> factory) {
        return SolutionManager.create(factory);
    }

    /** Stops running solver threads when the application shuts down. */
    void closeSolverManager(@Disposes SolverManager<MatchingPlan, Long> solverManager) {
        solverManager.close();
    }
}
