package org.tongxing.matching.solver;

import java.util.Arrays;

import org.tongxing.matching.domain.FormingGroup;

/**
 * The best members for one group's open seats, given a price per candidate: exact, and fast because a group's
 * value depends on its members only through the needs each covers and the sum of their prices. So per set of
 * covered needs only the cheapest few candidates matter (no more than there are open seats), and the choice is
 * among multisets of those sets: a few hundred for four needs and three seats, not the thousands of trios.
 */
final class TrioChoice {

    private final GroupSeatProblem problem;
    /** Per need set: positions of the cheapest candidates, cheapest first. */
    private final int[][] bucket;
    private final int[] size;
    private final int[] nonEmpty;
    private final int[] chosen = new int[FormingGroup.VOLUNTEER_SEATS];
    private final int[] best = new int[FormingGroup.VOLUNTEER_SEATS];
    private int bestCount;
    private double bestValue;
    private double[] price;
    private double mediumWeight;
    private int group;

    TrioChoice(GroupSeatProblem problem) {
        this.problem = problem;
        int masks = 1 << problem.needBits;
        bucket = new int[masks][FormingGroup.VOLUNTEER_SEATS];
        size = new int[masks];
        nonEmpty = new int[masks];
    }

    /**
     * Chooses for group {@code g} the members that minimise {@code mediumWeight × (unfilled + uncovered) + Σ price};
     * candidates priced {@code NaN} are not available. Returns the value; {@link #members()} the positions.
     */
    double choose(int g, double[] price, double mediumWeight) {
        this.group = g;
        this.price = price;
        this.mediumWeight = mediumWeight;
        Arrays.fill(size, 0);
        int seats = problem.open[g];
        int[] covers = problem.covers[g];
        for (int i = 0; i < covers.length; i++) {
            if (!Double.isNaN(price[i])) {
                insert(covers[i], i, seats);
            }
        }
        int buckets = 0;
        for (int mask = 0; mask < size.length; mask++) {
            if (size[mask] > 0) {
                nonEmpty[buckets++] = mask;
            }
        }
        bestCount = 0;
        bestValue = mediumWeight * problem.medium(g, 0, 0);
        search(0, buckets, 0, 0, 0.0);
        return bestValue;
    }

    int[] members() {
        return Arrays.copyOf(best, bestCount);
    }

    private void insert(int mask, int position, int seats) {
        int[] slots = bucket[mask];
        int n = size[mask];
        int at = n;
        while (at > 0 && price[slots[at - 1]] > price[position]) {
            at--;
        }
        if (at >= seats) {
            return;
        }
        int last = Math.min(n, seats - 1);
        for (int j = last; j > at; j--) {
            slots[j] = slots[j - 1];
        }
        slots[at] = position;
        size[mask] = Math.min(n + 1, seats);
    }

    private void search(int from, int buckets, int count, int mask, double sum) {
        for (int b = from; b < buckets; b++) {
            int needs = nonEmpty[b];
            double total = sum;
            for (int take = 1; take <= size[needs] && count + take <= problem.open[group]; take++) {
                int position = bucket[needs][take - 1];
                chosen[count + take - 1] = position;
                total += price[position];
                int members = count + take;
                double value = mediumWeight * problem.medium(group, members, mask | needs) + total;
                if (value < bestValue) {
                    bestValue = value;
                    bestCount = members;
                    System.arraycopy(chosen, 0, best, 0, members);
                }
                search(b + 1, buckets, members, mask | needs, total);
            }
        }
    }
}
