package org.tongxing.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class MinCostAssignmentTest {

    private static final long LOAD_STEP = 5;

    @Test
    void displacesAnEarlierRowWhenThatServesMoreRows() {
        // row 0 likes column 0 best, but row 1 can only use column 0: the optimum moves row 0 to column 1
        MinCostAssignment flow = new MinCostAssignment(2, 2, 0);
        flow.setColumn(0, 1, 0);
        flow.setColumn(1, 1, 0);
        flow.addArc(0, 0, 1);
        flow.addArc(0, 1, 50);
        flow.addArc(1, 0, 10);
        int[][] assigned = flow.solve();
        assertThat(assigned[0]).containsExactly(1);
        assertThat(assigned[1]).containsExactly(0);
    }

    private final Random random = new Random(7);

    @RepeatedTest(300)
    void matchesBruteForceOnSmallInstances() {
        int rows = 1 + random.nextInt(4), columns = 1 + random.nextInt(3);
        int[] supply = new int[rows], capacity = new int[columns], base = new int[columns];
        long[][] cost = new long[rows][columns];
        MinCostAssignment flow = new MinCostAssignment(rows, columns, LOAD_STEP);
        for (int c = 0; c < columns; c++) {
            capacity[c] = random.nextInt(3);
            base[c] = random.nextInt(2);
            flow.setColumn(c, capacity[c], base[c]);
        }
        for (int r = 0; r < rows; r++) {
            supply[r] = 1 + random.nextInt(2);
            flow.setSupply(r, supply[r]);
            for (int c = 0; c < columns; c++) {
                cost[r][c] = random.nextInt(4) == 0 ? -1 : random.nextInt(60) - 10;
                if (cost[r][c] != -1) {
                    flow.addArc(r, c, cost[r][c]);
                }
            }
        }
        int[][] assigned = flow.solve();
        assertThat(value(assigned, cost, supply, capacity, base))
                .isEqualTo(best(0, new int[rows][columns], cost, supply, capacity, base));
    }

    @Test
    void solvesLargerSparseInstancesWithoutLosingTrackOfFlow() {
        for (int round = 0; round < 200; round++) {
            int rows = 50 + random.nextInt(100), columns = 20 + random.nextInt(40);
            MinCostAssignment flow = new MinCostAssignment(rows, columns, LOAD_STEP);
            for (int c = 0; c < columns; c++) {
                flow.setColumn(c, random.nextInt(3), random.nextInt(2));
            }
            for (int r = 0; r < rows; r++) {
                flow.setSupply(r, 1 + random.nextInt(3));
                for (int c = 0; c < columns; c++) {
                    if (random.nextInt(5) == 0) {
                        flow.addArc(r, c, random.nextInt(200));
                    }
                }
            }
            flow.solve();
        }
    }

    private static long value(int[][] assigned, long[][] cost, int[] supply, int[] capacity, int[] base) {
        int[][] x = new int[cost.length][capacity.length];
        for (int r = 0; r < assigned.length; r++) {
            for (int c : assigned[r]) {
                x[r][c]++;
            }
        }
        return evaluate(x, cost, supply, capacity, base);
    }

    private static long evaluate(int[][] x, long[][] cost, int[] supply, int[] capacity, int[] base) {
        long total = 0;
        int[] load = new int[capacity.length];
        for (int r = 0; r < x.length; r++) {
            int units = 0;
            for (int c = 0; c < capacity.length; c++) {
                if (x[r][c] > 1 || (x[r][c] == 1 && cost[r][c] == -1)) {
                    return Long.MAX_VALUE;
                }
                units += x[r][c];
                load[c] += x[r][c];
                total += x[r][c] * cost[r][c];
            }
            if (units > supply[r]) {
                return Long.MAX_VALUE;
            }
            total += (supply[r] - units) * MinCostAssignment.UNASSIGNED;
        }
        for (int c = 0; c < capacity.length; c++) {
            if (load[c] > capacity[c]) {
                return Long.MAX_VALUE;
            }
            total += MatchCosts.load(base[c], load[c]);
        }
        return total;
    }

    private static long best(int cell, int[][] x, long[][] cost, int[] supply, int[] capacity, int[] base) {
        int columns = capacity.length;
        if (cell == x.length * columns) {
            return evaluate(x, cost, supply, capacity, base);
        }
        long without = best(cell + 1, x, cost, supply, capacity, base);
        x[cell / columns][cell % columns] = 1;
        long with = best(cell + 1, x, cost, supply, capacity, base);
        x[cell / columns][cell % columns] = 0;
        return Math.min(without, with);
    }
}
