package org.tongxing.matching.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;
import org.tongxing.matching.domain.MatchingPlan;

/** One timed solve that records every new best score, for "time to reach within 1% of the optimum". */
final class SolverRun {

    record Improvement(long millis, HardMediumSoftLongScore score) {
    }

    record Outcome(HardMediumSoftLongScore score, List<Improvement> improvements, long millis,
            long scoreCalculationsPerSecond, long peakHeapBytes) {
    }

    private SolverRun() {
    }

    static Outcome solve(SolverConfig config, MatchingPlan plan) {
        Solver<MatchingPlan> solver = SolverFactory.<MatchingPlan>create(config).buildSolver();
        List<Improvement> improvements = new ArrayList<>();
        System.gc();
        resetPeakHeap();
        long start = System.nanoTime();
        solver.addEventListener(event -> {
            improvements.add(new Improvement((System.nanoTime() - start) / 1_000_000,
                    (HardMediumSoftLongScore) event.getNewBestScore()));
            if (event.getNewBestSolution().isProvenOptimal()) {
                solver.terminateEarly(); // what a run does too: nothing better exists
            }
        });
        MatchingPlan best = solver.solve(plan);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = peakHeap();
        long speed = ((DefaultSolver<MatchingPlan>) solver).getSolverScope().getScoreCalculationSpeed();
        return new Outcome(best.getScore(), improvements, millis, speed, peak);
    }

    static void resetPeakHeap() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks: an upper bound of the peak heap in use. */
    static long peakHeap() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }
}
