package org.tongxing.matching.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.tongxing.matching.domain.MatchingPlan;
import org.tongxing.matching.solver.MatchingPlanFactory;
import org.tongxing.matching.solver.MatchingProblem;
import org.tongxing.matching.solver.MatchingSolverConfig;

import com.google.ortools.Loader;

/**
 * Tongxing's matcher against the exact optimum (OR-Tools) and against OptaPlanner's default configuration,
 * on seeded instances. Arguments: instance names (pairs-S, pairs-M, pairs-L, groups-S, groups-M, groups-L),
 * or "all"; "quick" divides every time limit by 5 for a smoke run; "seeds=11,22,33" solves each instance
 * once per seed instead of once with the fixed seed, to see how much a result owes to one instance.
 * See docs/matching.md.
 */
public final class MatchingBenchmark {

    private static final long SEED = 20_240_517L;

    record Instance(String name, boolean pairs, int size, int volunteers, int districts, int limitSeconds) {

        MatchingProblem generate() {
            return generate(SEED);
        }

        MatchingProblem generate(long seed) {
            InstanceGenerator generator = new InstanceGenerator(seed + size, districts);
            return pairs ? generator.pairs(volunteers, size) : generator.groups(size);
        }
    }

    static final List<Instance> INSTANCES = List.of(
            new Instance("pairs-S", true, 300, 200, 1, 5),
            new Instance("pairs-M", true, 3_000, 2_000, 4, 30),
            new Instance("pairs-L", true, 30_000, 20_000, 20, 120),
            new Instance("groups-S", false, 50, 0, 1, 5),
            new Instance("groups-M", false, 500, 0, 2, 60),
            new Instance("groups-L", false, 5_000, 0, 10, 120));

    public static void main(String[] args) {
        Loader.loadNativeLibraries();
        List<String> wanted = Arrays.asList(args);
        int divisor = wanted.contains("quick") ? 5 : 1;
        List<Long> seeds = wanted.stream().filter(arg -> arg.startsWith("seeds=")).findFirst()
                .map(arg -> Arrays.stream(arg.substring("seeds=".length()).split(",")).map(Long::valueOf).toList())
                .orElse(List.of(SEED));
        warmUp();
        System.out.println(Report.HEADER);
        for (Instance instance : INSTANCES) {
            if (wanted.contains("all") || wanted.contains(instance.name())) {
                for (long seed : seeds) {
                    run(instance, seed, Math.max(1, instance.limitSeconds() / divisor) * 1000L);
                }
            }
        }
    }

    private static void run(Instance instance, long seed, long limitMillis) {
        SolutionManager<MatchingPlan, HardMediumSoftLongScore> scorer = SolutionManager.create(
                SolverFactory.create(MatchingSolverConfig.optaPlannerDefault(Duration.ofSeconds(1))));
        Supplier<MatchingPlan> plan = () -> MatchingPlanFactory.create(instance.generate(seed));

        MatchingPlan exactPlan = plan.get();
        ExactGroups.Bounds lpBounds = instance.pairs() ? null : ExactGroups.relaxedBounds(exactPlan);
        long start = System.nanoTime();
        ExactGroups.Result mip = null;
        if (instance.pairs()) {
            ExactPairs.solve(exactPlan);
        } else {
            mip = ExactGroups.solve(exactPlan, limitMillis);
        }
        long exactMillis = (System.nanoTime() - start) / 1_000_000;
        HardMediumSoftLongScore reference = scorer.update(exactPlan);
        boolean proven = mip == null || mip.provenOptimal();
        String name = seed == SEED ? instance.name() : instance.name() + " (seed " + seed + ")";
        Report report = new Report(name, reference, proven, lpBounds);
        report.exact(instance.pairs() ? "OR-Tools min-cost flow" : "OR-Tools SCIP (2-stage)", exactMillis, mip);
        exactPlan = null;

        Duration limit = Duration.ofMillis(limitMillis);
        report.solver("Tongxing matcher", SolverRun.solve(stopAt(MatchingSolverConfig.matcher(limit, limit),
                reference, proven), plan.get()));
        report.solver("OptaPlanner default", SolverRun.solve(stopAt(MatchingSolverConfig.optaPlannerDefault(limit),
                reference, proven), plan.get()));
    }

    /**
     * Both solvers run in one JVM, so whichever runs first would pay for JIT compilation; a throwaway solve
     * of each on a small instance first keeps the 5-second comparisons fair.
     */
    private static void warmUp() {
        for (Instance instance : List.of(INSTANCES.get(0), INSTANCES.get(3))) {
            Duration limit = Duration.ofSeconds(3);
            SolverRun.solve(MatchingSolverConfig.matcher(limit, limit),
                    MatchingPlanFactory.create(instance.generate()));
            SolverRun.solve(MatchingSolverConfig.optaPlannerDefault(limit),
                    MatchingPlanFactory.create(instance.generate()));
        }
    }

    /** Stop a run once it reaches a proven optimum: it cannot do better, and the benchmark gets shorter. */
    private static SolverConfig stopAt(SolverConfig config, HardMediumSoftLongScore optimum, boolean proven) {
        TerminationConfig termination = config.getTerminationConfig();
        if (proven) {
            termination.setBestScoreLimit(optimum.toString());
        }
        return config;
    }

    static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
