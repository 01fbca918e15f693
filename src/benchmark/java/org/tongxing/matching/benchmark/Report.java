package org.tongxing.matching.benchmark;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** Prints one markdown table row per solver and instance. */
final class Report {

    static final String HEADER = """
            | instance | solver | hard | unassigned/unfilled+uncovered | vs optimum | cost | cost gap | time to ≤1% | time | score calc/s | peak heap |
            |---|---|---|---|---|---|---|---|---|---|---|""";

    private final String instance;
    private final HardMediumSoftLongScore reference;
    private final boolean proven;

    Report(String instance, HardMediumSoftLongScore reference, boolean proven) {
        this.instance = instance;
        this.reference = reference;
        this.proven = proven;
    }

    void exact(String name, long millis, ExactGroups.Result mip) {
        String bound = mip == null || mip.provenOptimal() ? "optimum"
                : MatchingBenchmark.format("best found in time; bounds: count ≥ %d, cost ≥ %.0f at that count",
                        mip.mediumLowerBound(), mip.softBound());
        row(name, reference, bound, "", seconds(millis), "", "");
    }

    void solver(String name, SolverRun.Outcome outcome) {
        HardMediumSoftLongScore score = outcome.score();
        long countGap = -score.mediumScore() + reference.mediumScore();
        String toOnePercent = outcome.improvements().stream().filter(i -> withinOnePercent(i.score())).findFirst()
                .map(i -> seconds(i.millis())).orElse("never");
        row(name, score, (countGap >= 0 ? "+" : "") + countGap, toOnePercent, seconds(outcome.millis()),
                String.valueOf(outcome.scoreCalculationsPerSecond()), outcome.peakHeapBytes() / (1024 * 1024) + " MB");
    }

    private boolean withinOnePercent(HardMediumSoftLongScore score) {
        return score.hardScore() >= 0 && score.mediumScore() >= reference.mediumScore()
                && -score.softScore() <= 1.01 * -reference.softScore();
    }

    private void row(String solver, HardMediumSoftLongScore score, String versus, String toOnePercent, String time,
            String speed, String heap) {
        double gap = 100.0 * (reference.softScore() - score.softScore()) / -reference.softScore() + 0.0;
        System.out.println(MatchingBenchmark.format("| %s | %s | %d | %d | %s | %d | %+.2f%% | %s | %s | %s | %s |",
                instance, solver, score.hardScore(), -score.mediumScore(), versus, -score.softScore(), gap,
                toOnePercent, time, speed, heap));
        System.out.flush();
    }

    private static String seconds(long millis) {
        return MatchingBenchmark.format("%.1f s", millis / 1000.0);
    }
}
