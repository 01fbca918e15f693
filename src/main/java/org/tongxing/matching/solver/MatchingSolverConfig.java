package org.tongxing.matching.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
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
     * Tongxing's matcher: an exact flow seed, a construction heuristic for the group seats the seed left
     * empty, then rounds of local search (which finds what the flow cannot see: three volunteers who together
     * cover a mother's needs), each followed by an exact flow polish of the costs.
     * <p>
     * On small plans the seed leaves every seat to the construction heuristic ({@link
     * FlowSeed#CONSTRUCTION_PLACES_SEATS_UP_TO}): the flow sees a seat's cost and the needs it covers alone, so
     * it fills a group with three cheap volunteers who cover the same need, a plan local search seldom leaves
     * in a few seconds; placed one by one, each seat knows what the seats before it cover. On large plans the
     * flow's seats end cheaper. Late acceptance, OptaPlanner's default, in the rounds: with these seeds it did
     * as well as simulated annealing on 500 groups and better on 50.
     */
    public static SolverConfig matcher(Duration spentLimit, Duration unimprovedLimit) {
        return matcher(spentLimit, unimprovedLimit, ExactGroupSeats.UP_TO_GROUPS);
    }

    /** As {@link #matcher(Duration, Duration)}, solving group plans exactly up to the given number of groups. */
    public static SolverConfig matcher(Duration spentLimit, Duration unimprovedLimit, int exactGroupsUpTo) {
        List<PhaseConfig> phases = new ArrayList<>();
        phases.add(new CustomPhaseConfig().withCustomPhaseCommands(new FlowSeed()));
        phases.add(new CustomPhaseConfig().withCustomPhaseCommands(new ExactGroupSeats(exactGroupsUpTo)));
        phases.add(seatsOneByOne());
        for (int round = 0; round < POLISHED_ROUNDS; round++) {
            phases.add(
                    new LocalSearchPhaseConfig().withTerminationConfig(new TerminationConfig().withSpentLimit(ROUND)));
            phases.add(new CustomPhaseConfig().withCustomPhaseCommands(FlowSeed.polish(round)));
        }
        phases.add(new LocalSearchPhaseConfig());
        return domain()
                .withPhaseList(phases)
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(spentLimit)
                        .withUnimprovedSpentLimit(unimprovedLimit));
    }

    /** A construction heuristic over the groups' volunteer seats only, filling those the seed left empty. */
    private static ConstructionHeuristicPhaseConfig seatsOneByOne() {
        EntitySelectorConfig seats = new EntitySelectorConfig(GroupVolunteerSlot.class).withId("volunteerSeats");
        ChangeMoveSelectorConfig placeSeat = new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig().withMimicSelectorRef("volunteerSeats"))
                .withValueSelectorConfig(new ValueSelectorConfig().withVariableName("volunteer"));
        return new ConstructionHeuristicPhaseConfig()
                .withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                        .withEntitySelectorConfig(seats)
                        .withMoveSelectorConfigs(placeSeat));
    }

    /** OptaPlanner's defaults (construction heuristic + late acceptance) on the same model: the benchmark baseline. */
    public static SolverConfig optaPlannerDefault(Duration spentLimit) {
        return domain().withTerminationConfig(new TerminationConfig().withSpentLimit(spentLimit));
    }

    /** The model and its constraints, without phases or limits; also how {@link PlanScore} scores a plan. */
    static SolverConfig domain() {
        return new SolverConfig()
                .withSolutionClass(MatchingPlan.class)
                .withEntityClasses(PairingRequest.class, GroupVolunteerSlot.class, GroupCadreSlot.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(MatchingConstraints.class)
                        // Bavet explicitly: should Drools ever reach the classpath again it would be picked silently.
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET));
    }
}
