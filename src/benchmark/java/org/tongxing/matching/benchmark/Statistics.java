package org.tongxing.matching.benchmark;

import java.util.List;

/** Median with min and max, as the benchmark reports every figure. */
record Statistics(double median, double min, double max) {

    static Statistics of(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Statistics(median, sorted.get(0), sorted.get(n - 1));
    }

    String format(String pattern) {
        return MatchingBenchmark.format(pattern + " (" + pattern + "–" + pattern + ")", median, min, max);
    }
}
