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
    private final ExactGroups.Bounds lpBounds;

    Report(String instance, HardMediumSoftLongScore reference, boolean proven, ExactGroups.Bounds lpBounds) {
        this.instance = instance;
        this.reference = reference;
        this.proven = proven;
        this.lpBounds = lpBounds;
    }

    void exact(String name, long millis, ExactGroups.Result mip) {
        String bound = mip == null || mip.provenOptimal() ? "optimum" : "best found in time";
        row(name, reference, bound, "", seconds(millis), "", "");
        if (lpBounds != null) {
            System.out.println(MatchingBenchmark.format(
                    "| %s | LP relaxation (GLOP): lower bounds | | ≥ %d | | ≥ %.0f at that count | | | | | |",
                    instance, lpBounds.count(), lpBounds.cost()));
        }
    }

    void solver(String name, SolverRun.Outcome outcome) {
        HardMediumSoftLongScore score = outcome.score();
        long countGap = -score.mediumScore() + reference.mediumScore();
        String toOnePercent = outcome.improvements().stream().filter(i -> withinOnePercent(i.score())).findFirst()
                .map(i -> seconds(i.millis())).orElse("never");
        String versus = (countGap >= 0 ? "+" : "") + countGap;
        if (lpBounds != null && -score.mediumScore() == lpBounds.count()) {
            versus += MatchingBenchmark.format(" (= LP bound; cost ≤ %+.1f%% over LP)",
                    100.0 * (-score.softScore() - lpBounds.cost()) / lpBounds.cost());
        }
        row(name, score, versus, toOnePercent, seconds(outcome.millis()),
                String.valueOf(outcome.scoreCalculationsPerSecond()), outcome.peakHeapBytes() / (1024 * 1024) + " MB");
    }

    /** Within 1% of the proven optimum; without one, of the LP bounds (stricter than any optimum). */
    private boolean withinOnePercent(HardMediumSoftLongScore score) {
        long count = proven || lpBounds == null ? -reference.mediumScore() : lpBounds.count();
        double cost = proven || lpBounds == null ? -reference.softScore() : lpBounds.cost();
        return score.hardScore() >= 0 && -score.mediumScore() <= count && -score.softScore() <= 1.01 * cost;
    }

    private void row(String solver, HardMediumSoftLongScore score, String versus, String toOnePercent, String time,
            String speed, String heap) {
        // A cost gap only means something between plans of the same count (cost ranks below count).
        String gap = score.mediumScore() != reference.mediumScore() ? "n/a (count differs)"
                : reference.softScore() == 0 ? "n/a"
                : MatchingBenchmark.format("%+.2f%%",
                        100.0 * (reference.softScore() - score.softScore()) / -reference.softScore() + 0.0);
        System.out.println(MatchingBenchmark.format("| %s | %s | %d | %d | %s | %d | %s | %s | %s | %s | %s |",
                instance, solver, score.hardScore(), -score.mediumScore(), versus, -score.softScore(), gap,
                toOnePercent, time, speed, heap));
        System.out.flush();
    }

    private static String seconds(long millis) {
        return MatchingBenchmark.format("%.1f s", millis / 1000.0);
    }
}
