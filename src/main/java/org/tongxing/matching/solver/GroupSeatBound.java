package org.tongxing.matching.solver;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * A lower bound for the groups' open seats by Lagrangian relaxation of the volunteers' free places: with a price
 * per volunteer's place, every group chooses its best members alone ({@link TrioChoice}, exact) and every volunteer
 * the number of places that pays best; the sum is a lower bound of any plan, and the prices are improved by
 * subgradient steps. It is the bound of the set-partitioning LP over whole member sets (a group's best members are
 * found exactly, so the relaxation is the convex hull of each group's choices): far tighter than the seat-level LP.
 * Two scalings: the count alone (unfilled + uncovered), and count weighted above cost, which bounds the cost at a
 * proven count.
 */
final class GroupSeatBound {

    private static final int PATIENCE = 15;
    private static final double SMALLEST_STEP = 1e-4;

    private final GroupSeatProblem problem;
    private final TrioChoice choice;
    /** The best prices found, per volunteer. */
    final double[] price;
    private double best = Double.NEGATIVE_INFINITY;
    /** The best plan's value in the current scaling: where the bound stops climbing. */
    private double upper;

    GroupSeatBound(GroupSeatProblem problem) {
        this.problem = problem;
        this.choice = new TrioChoice(problem);
        this.price = new double[problem.volunteers.size()];
    }

    /**
     * Raises the bound of {@code countWeight × count + (withCost ? cost : 0)} towards {@code upper} (the best
     * plan's value in the same scaling) until they meet or the deadline; every few steps hands the current prices
     * to {@code primal}, which may lower {@code upper} through {@link #lower}. Returns the best bound.
     */
    double raise(double countWeight, boolean withCost, double upper, long deadline, Consumer<double[]> primal) {
        this.upper = upper;
        double[] lambda = price.clone();
        double[] step = new double[lambda.length];
        double theta = 2;
        int stale = 0;
        for (int iteration = 0; System.nanoTime() < deadline && this.upper - best >= 1 - 1e-6; iteration++) {
            double value = evaluate(lambda, countWeight, withCost, step);
            if (value > best + 1e-9) {
                best = value;
                System.arraycopy(lambda, 0, price, 0, lambda.length);
                stale = 0;
            } else if (++stale >= PATIENCE) {
                theta /= 2;
                stale = 0;
            }
            double norm = Arrays.stream(step).map(d -> d * d).sum();
            if (norm == 0 || theta < SMALLEST_STEP) {
                break; // the relaxed choice is a plan: nothing above it to reach
            }
            double length = theta * Math.max(this.upper - value, 1e-3) / norm;
            for (int v = 0; v < lambda.length; v++) {
                lambda[v] = Math.max(0, lambda[v] + length * step[v]);
            }
            if (iteration % 10 == 9) {
                primal.accept(lambda.clone());
            }
        }
        return best;
    }

    /** A better plan was found: the bound need climb less far. */
    void lower(double value) {
        upper = Math.min(upper, value);
    }

    /** Starts the next scaling afresh, keeping the prices as a starting point scaled by {@code factor}. */
    void rescale(double factor) {
        best = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < price.length; v++) {
            price[v] *= factor;
        }
    }

    private double evaluate(double[] lambda, double countWeight, boolean withCost, double[] step) {
        double value = 0;
        Arrays.fill(step, 0);
        for (int g = 0; g < problem.groupCount(); g++) {
            int[] candidates = problem.candidate[g];
            double[] groupPrice = new double[candidates.length];
            for (int i = 0; i < candidates.length; i++) {
                groupPrice[i] = (withCost ? problem.cost[g][i] : 0) + lambda[candidates[i]];
            }
            value += choice.choose(g, groupPrice, countWeight);
            for (int position : choice.members()) {
                step[candidates[position]]++;
            }
        }
        for (int v = 0; v < lambda.length; v++) {
            double load = 0;
            double least = 0;
            int places = 0;
            for (int n = 1; n <= problem.free[v]; n++) {
                load += withCost ? problem.loadStep(v, n - 1) : 0;
                if (load - lambda[v] * n < least) {
                    least = load - lambda[v] * n;
                    places = n;
                }
            }
            value += least;
            step[v] -= places;
        }
        return value;
    }
}
