package org.tongxing.matching.solver;

import java.util.Arrays;
import java.util.Random;

/**
 * A choice of members for every group's open seats, improved by exact re-choices: one group at a time with the
 * others fixed (its best members at the prices the others leave: free places, the next load step), then two groups
 * together, which lets them trade a volunteer. Optionally with extra prices per volunteer (the bound's
 * multipliers), which steer a fresh plan away from volunteers many groups want. Values compare lexicographically
 * like the score: unfilled seats plus uncovered needs first, then cost.
 */
final class GroupSeatPlan {

    /** Larger than any cost difference one group's choice can make, so that counts always rank first. */
    static final double COUNT_FIRST = 1e7;

    private final GroupSeatProblem problem;
    private final TrioChoice choice;
    final int[][] members;
    private final int[] load;
    /** Kept up to date by {@link #place} and {@link #remove}, so that comparing plans costs nothing. */
    private long count;
    private long cost;

    GroupSeatPlan(GroupSeatProblem problem) {
        this.problem = problem;
        this.choice = new TrioChoice(problem);
        this.members = new int[problem.groupCount()][0];
        this.load = new int[problem.volunteers.size()];
        for (int g = 0; g < members.length; g++) {
            count += problem.medium(g, 0, 0);
        }
    }

    GroupSeatPlan copy() {
        GroupSeatPlan copy = new GroupSeatPlan(problem);
        for (int g = 0; g < members.length; g++) {
            copy.members[g] = members[g].clone();
        }
        System.arraycopy(load, 0, copy.load, 0, load.length);
        copy.count = count;
        copy.cost = cost;
        return copy;
    }

    /**
     * Places every group in the given order at the true prices plus {@code bias} (per volunteer, in cost points;
     * may be null), a count point weighing {@code countWeight} cost points: the bound's trade-off, so that a
     * group leaves a scarce volunteer to others when the bound says so.
     */
    void build(int[] order, double[] bias, double countWeight) {
        for (int g : order) {
            place(g, choose(g, bias, bias == null ? COUNT_FIRST : countWeight));
        }
    }

    /** Re-chooses single groups until none improves, then (if {@code pairs}) pairs of groups too; true prices. */
    void improve(Random random, long deadline, boolean pairs) {
        int[] order = shuffled(random);
        boolean improved = true;
        while (improved && System.nanoTime() < deadline) {
            improved = false;
            for (int g : order) {
                improved |= rechoose(g);
            }
            if (!improved && pairs) {
                improved = rechoosePairs(order, deadline);
            }
        }
    }

    private boolean rechoose(int g) {
        double before = total();
        remove(g);
        place(g, choose(g, null, COUNT_FIRST));
        return total() < before - 0.5;
    }

    private boolean rechoosePairs(int[] order, long deadline) {
        boolean improved = false;
        for (int a = 0; a < order.length && System.nanoTime() < deadline; a++) {
            for (int b = a + 1; b < order.length; b++) {
                improved |= rechooseTogether(order[a], order[b]);
            }
        }
        return improved;
    }

    /** Both groups' members again, in either order; kept only if the plan gets better. */
    private boolean rechooseTogether(int g, int h) {
        double before = total();
        int[] oldG = members[g];
        int[] oldH = members[h];
        double best = before;
        int[] bestG = oldG;
        int[] bestH = oldH;
        for (int first = 0; first < 2; first++) {
            remove(g);
            remove(h);
            int x = first == 0 ? g : h;
            int y = first == 0 ? h : g;
            place(x, choose(x, null, COUNT_FIRST));
            place(y, choose(y, null, COUNT_FIRST));
            double after = total();
            if (after < best - 0.5) {
                best = after;
                bestG = members[g];
                bestH = members[h];
            }
        }
        remove(g);
        remove(h);
        place(g, bestG);
        place(h, bestH);
        return best < before - 0.5;
    }

    /**
     * Ruin and recreate: takes the members of a few groups out and re-chooses them one group at a time in a random
     * order; keeps the result unless the plan got worse (equal plans are kept, to move along plateaus).
     */
    boolean ruinAndRecreate(Random random, int groups) {
        double before = total();
        int[] picked = Arrays.copyOf(shuffled(random), Math.min(groups, members.length));
        int[][] old = new int[picked.length][];
        for (int i = 0; i < picked.length; i++) {
            old[i] = members[picked[i]];
            remove(picked[i]);
        }
        for (int g : picked) {
            place(g, choose(g, null, COUNT_FIRST));
        }
        if (total() <= before + 1e-9) {
            return total() < before - 0.5;
        }
        for (int g : picked) {
            remove(g);
        }
        for (int i = 0; i < picked.length; i++) {
            place(picked[i], old[i]);
        }
        return false;
    }

    /** The plan as one number that ranks like the score: the count weighted above any cost. */
    double total() {
        return COUNT_FIRST * count() + cost();
    }

    private int[] choose(int g, double[] bias, double countWeight) {
        int[] candidates = problem.candidate[g];
        double[] price = new double[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            int v = candidates[i];
            price[i] = load[v] >= problem.free[v] ? Double.NaN
                    : problem.cost[g][i] + problem.loadStep(v, load[v]) + (bias == null ? 0 : bias[v]);
        }
        choice.choose(g, price, countWeight);
        return choice.members();
    }

    void place(int g, int[] chosen) {
        members[g] = chosen;
        int mask = 0;
        for (int position : chosen) {
            int v = problem.candidate[g][position];
            cost += problem.cost[g][position] + problem.loadStep(v, load[v]);
            load[v]++;
            mask |= problem.covers[g][position];
        }
        count += problem.medium(g, chosen.length, mask) - problem.medium(g, 0, 0);
    }

    private void remove(int g) {
        int mask = 0;
        for (int position : members[g]) {
            int v = problem.candidate[g][position];
            load[v]--;
            cost -= problem.cost[g][position] + problem.loadStep(v, load[v]);
            mask |= problem.covers[g][position];
        }
        count -= problem.medium(g, members[g].length, mask) - problem.medium(g, 0, 0);
        members[g] = new int[0];
    }

    /** Unfilled seats plus uncovered needs over all groups. */
    long count() {
        return count;
    }

    /** Seat costs plus the load the open seats add. */
    long cost() {
        return cost;
    }

    boolean betterThan(GroupSeatPlan other) {
        return other == null || count() < other.count() || count() == other.count() && cost() < other.cost();
    }

    private int[] shuffled(Random random) {
        int[] order = new int[members.length];
        Arrays.setAll(order, i -> i);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    int[] order(Random random) {
        return shuffled(random);
    }
}
