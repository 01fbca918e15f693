package org.tongxing.matching.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.tongxing.matching.domain.MatchingPlan;
import org.tongxing.matching.solver.ExactGroupSeats;
import org.tongxing.matching.solver.MatchingPlanFactory;
import org.tongxing.matching.solver.MatchingProblem;
import org.tongxing.matching.solver.MatchingSolverConfig;

import com.google.ortools.Loader;

/**
 * Tongxing's matcher against exact optima (OR-Tools) or, where those are out of reach, lower bounds, on seeded
 * instances: per instance and seed, {@code repeats} runs each in a fresh JVM (cold: class loading, constraint
 * compilation and JIT included) and in this JVM after one throwaway run of the same instance (warm). Every
 * figure is the median (min–max) over the repeats. Arguments: instance names (pairs-S … groups-L) or "all";
 * "seeds=11,22,…" (default six), "repeats=5", "cold" or "warm" for one kind only, "quick" (time limits / 5).
 * Prints the commit and the machine's load before and after. See docs/matching.md, "Benchmark".
 */
public final class MatchingBenchmark {

    static final List<Long> SEEDS = List.of(20_240_517L, 11L, 22L, 33L, 44L, 55L);

    record Instance(String name, boolean pairs, int size, int volunteers, int districts, int limitSeconds) {

        MatchingProblem generate(long seed) {
            InstanceGenerator generator = new InstanceGenerator(seed + size, districts);
            return pairs ? generator.pairs(volunteers, size) : generator.groups(size);
        }

        MatchingPlan plan(long seed) {
            return MatchingPlanFactory.create(generate(seed));
        }
    }

    static final List<Instance> INSTANCES = List.of(
            new Instance("pairs-S", true, 300, 200, 1, 5),
            new Instance("pairs-M", true, 3_000, 2_000, 4, 30),
            new Instance("pairs-L", true, 30_000, 20_000, 20, 120),
            new Instance("groups-S", false, 50, 0, 1, 5),
            new Instance("groups-M", false, 500, 0, 2, 60),
            new Instance("groups-L", false, 5_000, 0, 10, 120));

    public static void main(String[] args) throws IOException, InterruptedException {
        Loader.loadNativeLibraries();
        if (args.length > 0 && args[0].equals("once")) {
            once(args);
            return;
        }
        List<String> wanted = Arrays.asList(args);
        int divisor = wanted.contains("quick") ? 5 : 1;
        List<Long> seeds = option(wanted, "seeds=").map(MatchingBenchmark::longs).orElse(SEEDS);
        int repeats = option(wanted, "repeats=").map(Integer::valueOf).orElse(5);
        boolean cold = !wanted.contains("warm");
        boolean warm = !wanted.contains("cold");
        System.out.println("commit " + shell("git", "describe", "--always", "--dirty") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, heap " + jvmOptions());
        System.out.println("before: " + shell("uptime"));
        System.out.println(Reference.HEADER);
        for (Instance instance : INSTANCES) {
            if (wanted.contains("all") || wanted.contains(instance.name())) {
                long limit = Math.max(1, instance.limitSeconds() / divisor) * 1000L;
                Summary summary = new Summary(instance.name());
                for (long seed : seeds) {
                    Reference reference = Reference.of(instance, seed, limit);
                    List<Run> colds = new ArrayList<>();
                    List<Run> warms = new ArrayList<>();
                    for (int i = 0; i < repeats && cold; i++) {
                        colds.add(coldRun(instance, seed, limit, reference));
                    }
                    if (warm) {
                        warmRun(instance, seed, limit, reference); // the throwaway run
                        for (int i = 0; i < repeats; i++) {
                            warms.add(warmRun(instance, seed, limit, reference));
                        }
                    }
                    System.out.println(reference.row(seed, colds, warms));
                    System.out.flush();
                    summary.add(reference, colds, warms);
                }
                System.out.println(summary.row());
            }
        }
        System.out.println("after: " + shell("uptime"));
    }

    /** One solve's outcome: its score and wall-clock time. */
    record Run(HardMediumSoftLongScore score, long millis) {
    }

    private static Run warmRun(Instance instance, long seed, long limit, Reference reference) {
        SolverRun.Outcome outcome = SolverRun.solve(config(limit, reference.stopAt()), instance.plan(seed));
        return new Run(outcome.score(), outcome.millis());
    }

    /** A fresh JVM with this one's options and class path, which solves once and prints its result. */
    private static Run coldRun(Instance instance, long seed, long limit, Reference reference)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), MatchingBenchmark.class.getName(),
                "once", instance.name(), String.valueOf(seed), String.valueOf(limit), reference.stopAt()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String result;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            result = out.lines().filter(line -> line.startsWith("RESULT ")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("cold run printed no result"));
        }
        process.waitFor();
        String[] parts = result.split(" ");
        return new Run(HardMediumSoftLongScore.parseScore(parts[1]), Long.parseLong(parts[2]));
    }

    /** The cold run's JVM: the clock starts before the solver factory is built (constraint compilation). */
    private static void once(String[] args) {
        Instance instance = INSTANCES.stream().filter(i -> i.name().equals(args[1])).findFirst().orElseThrow();
        MatchingPlan plan = instance.plan(Long.parseLong(args[2]));
        long start = System.nanoTime();
        SolverRun.Outcome outcome = SolverRun.solve(config(Long.parseLong(args[3]), args[4]), plan);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("RESULT " + outcome.score() + " " + Math.max(millis, outcome.millis()));
    }

    /** The matcher with the run's time limit, stopped early at a proven optimum (it cannot do better). */
    private static SolverConfig config(long limitMillis, String stopAt) {
        Duration limit = Duration.ofMillis(limitMillis);
        SolverConfig config = MatchingSolverConfig.matcher(limit, limit);
        if (!stopAt.equals("none")) {
            config.getTerminationConfig().setBestScoreLimit(stopAt);
        }
        return config;
    }

    /** The exact optimum (pairs; groups up to 100) or lower bounds (larger group plans) of one instance. */
    record Reference(String instance, long count, double cost, boolean exact, String how, long millis,
            HardMediumSoftLongScore optimum) {

        static final String HEADER = """
                | instance | seed | reference: count, cost | count gap, cold | count gap, warm | cost gap, cold | cost gap, warm | time, cold | time, warm |
                |---|---|---|---|---|---|---|---|---|""";

        static Reference of(Instance instance, long seed, long limitMillis) {
            MatchingPlan plan = instance.plan(seed);
            SolutionManager<MatchingPlan, HardMediumSoftLongScore> scorer = SolutionManager.create(
                    SolverFactory.create(MatchingSolverConfig.optaPlannerDefault(Duration.ofSeconds(1))));
            long start = System.nanoTime();
            if (instance.pairs()) {
                ExactPairs.solve(plan);
                HardMediumSoftLongScore score = scorer.update(plan);
                return new Reference(instance.name(), -score.mediumScore(), -score.softScore(), true,
                        "OR-Tools min-cost flow", elapsed(start), score);
            }
            if (instance.size() <= 100) {
                ExactGroups.Result mip = ExactGroups.solve(plan, Math.max(60_000, limitMillis));
                HardMediumSoftLongScore score = scorer.update(plan);
                return new Reference(instance.name(), -score.mediumScore(), -score.softScore(), mip.provenOptimal(),
                        mip.provenOptimal() ? "SCIP optimum" : "SCIP best in 60 s (not proven)", elapsed(start),
                        score);
            }
            ExactGroups.Bounds cadres = ExactGroups.cadreBounds(plan);
            ExactGroupSeats.SeatBounds seats = ExactGroupSeats.seatBounds(plan, Duration.ofSeconds(30));
            return new Reference(instance.name(), cadres.count() + seats.count(), cadres.cost() + seats.cost(), false,
                    "lower bound: set-partitioning relaxation (seats) + LP (cadres)", elapsed(start), null);
        }

        String stopAt() {
            return exact ? optimum.toString() : "none";
        }

        double countGap(Run run) {
            return -run.score().mediumScore() - count;
        }

        /** Percent over the reference cost, only for runs that reach the reference count (cost ranks below). */
        Double costGap(Run run) {
            return countGap(run) == 0 ? 100.0 * (-run.score().softScore() - cost) / cost : null;
        }

        String row(long seed, List<Run> colds, List<Run> warms) {
            return format("| %s | %d | %s %d, %s%.0f (%.1f s) | %s | %s | %s | %s | %s | %s |", instance, seed, how,
                    count, exact ? "" : "≥ ", cost, millis / 1000.0, counts(colds), counts(warms), costs(colds),
                    costs(warms), times(colds), times(warms));
        }

        String counts(List<Run> runs) {
            return runs.isEmpty() ? "" : Statistics.of(runs.stream().map(this::countGap).toList()).format("%+.0f");
        }

        String costs(List<Run> runs) {
            List<Double> gaps = runs.stream().map(this::costGap).filter(gap -> gap != null).toList();
            return gaps.isEmpty() ? runs.isEmpty() ? "" : "n/a (count differs)"
                    : Statistics.of(gaps).format("%+.2f%%")
                            + (gaps.size() < runs.size() ? format(" over %d of %d", gaps.size(), runs.size()) : "");
        }

        static String times(List<Run> runs) {
            return runs.isEmpty() ? "" : Statistics.of(runs.stream().map(run -> run.millis() / 1000.0).toList())
                    .format("%.1f") + " s";
        }

        private static long elapsed(long start) {
            return (System.nanoTime() - start) / 1_000_000;
        }
    }

    /** All seeds of one instance: on how many every run reached the reference count, and the pooled gaps. */
    static final class Summary {

        private final String instance;
        private final List<Double> coldCounts = new ArrayList<>();
        private final List<Double> warmCounts = new ArrayList<>();
        private final List<Double> coldCosts = new ArrayList<>();
        private final List<Double> warmCosts = new ArrayList<>();
        private int seeds;
        private int coldAtCount;
        private int warmAtCount;

        Summary(String instance) {
            this.instance = instance;
        }

        void add(Reference reference, List<Run> colds, List<Run> warms) {
            seeds++;
            colds.forEach(run -> coldCounts.add(reference.countGap(run)));
            warms.forEach(run -> warmCounts.add(reference.countGap(run)));
            colds.stream().map(reference::costGap).filter(gap -> gap != null).forEach(coldCosts::add);
            warms.stream().map(reference::costGap).filter(gap -> gap != null).forEach(warmCosts::add);
            coldAtCount += colds.stream().allMatch(run -> reference.countGap(run) <= 0) ? 1 : 0;
            warmAtCount += warms.stream().allMatch(run -> reference.countGap(run) <= 0) ? 1 : 0;
        }

        String row() {
            return format("| %s | all %d seeds | every run at the reference count: cold on %d, warm on %d | %s | %s "
                    + "| %s | %s | | |", instance, seeds, coldAtCount, warmAtCount, pooled(coldCounts, "%+.0f"),
                    pooled(warmCounts, "%+.0f"), pooled(coldCosts, "%+.2f%%"), pooled(warmCosts, "%+.2f%%"));
        }

        private static String pooled(List<Double> values, String pattern) {
            return values.isEmpty() ? "" : Statistics.of(values).format(pattern);
        }
    }

    private static java.util.Optional<String> option(List<String> args, String prefix) {
        return args.stream().filter(arg -> arg.startsWith(prefix)).findFirst()
                .map(arg -> arg.substring(prefix.length()));
    }

    private static List<Long> longs(String list) {
        return Arrays.stream(list.split(",")).map(Long::valueOf).toList();
    }

    private static String jvmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream().collect(Collectors.joining(" "));
    }

    private static String shell(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            process.waitFor();
            return out;
        } catch (IOException e) {
            return "(" + command[0] + ": " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(interrupted)";
        }
    }

    static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
