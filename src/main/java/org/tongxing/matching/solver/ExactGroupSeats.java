package org.tongxing.matching.solver;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.jboss.logging.Logger;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.tongxing.matching.domain.Candidate;
import org.tongxing.matching.domain.GroupVolunteerSlot;
import org.tongxing.matching.domain.MatchingPlan;

/**
 * Places the open volunteer seats of small group plans near or at the proven optimum, as a custom phase after
 * the flow seed: a Lagrangian bound over whole member sets ({@link GroupSeatBound}) and plans built from its
 * prices and improved by exact re-choices of one and two groups ({@link GroupSeatPlan}). When the best plan's
 * count meets the bound's and its cost meets the cost bound, and no pair is still open (pairs and seats share
 * volunteers, which this does not plan together), the plan is marked proven optimal and the run may end.
 * Otherwise local search goes on from this plan. Why not local search alone: on 50 groups it seldom finds three
 * volunteers who together cover a mother's needs while others need them too (docs/matching.md, "Results").
 */
public class ExactGroupSeats implements CustomPhaseCommand<MatchingPlan> {

    private static final Logger LOG = Logger.getLogger(ExactGroupSeats.class);
    /** Above this many groups with open seats the flow places the seats (see {@link FlowSeed}). */
    static final int UP_TO_GROUPS = FlowSeed.CONSTRUCTION_PLACES_SEATS_UP_TO;
    private static final long BUDGET_NANOS = 2_000_000_000L;
    /** Share of the budget for the count bound; the rest bounds the cost. */
    private static final double COUNT_SHARE = 0.4;

    private final int upToGroups;

    public ExactGroupSeats() {
        this(UP_TO_GROUPS);
    }

    /** Solves plans with up to this many groups with open seats; 0 never. */
    public ExactGroupSeats(int upToGroups) {
        this.upToGroups = upToGroups;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<MatchingPlan> scoreDirector) {
        MatchingPlan plan = scoreDirector.getWorkingSolution();
        plan.setProvenOptimal(false); // a problem change restarts the phases: an earlier proof no longer holds
        GroupSeatProblem problem = new GroupSeatProblem(plan);
        if (problem.groupCount() == 0 || problem.groupCount() > upToGroups) {
            return;
        }
        long start = System.nanoTime();
        Outcome outcome = solve(problem, start + BUDGET_NANOS);
        write(problem, outcome.plan(), scoreDirector);
        boolean proven = outcome.countProven() && outcome.costProven() && !problem.openPairs;
        plan.setProvenOptimal(proven);
        LOG.debugf("Exact seats of %d groups: count %d (bound %d), cost %d (bound %.1f), %s in %d ms",
                problem.groupCount(), outcome.plan().count(), outcome.countBound(), outcome.plan().cost(),
                outcome.costBound(), proven ? "proven optimal" : "not proven", (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Lower bounds of the groups' volunteer seats of a plan of any size (cadres and pairs excluded): the fewest
     * unfilled seats plus uncovered needs, and the least cost of any plan with that count. For the benchmark,
     * which compares plans too large to solve exactly with this bound (the set-partitioning relaxation).
     */
    public record SeatBounds(long count, double cost) {
    }

    public static SeatBounds seatBounds(MatchingPlan plan, Duration budget) {
        GroupSeatProblem problem = new GroupSeatProblem(plan);
        long deadline = System.nanoTime() + budget.toNanos();
        GroupSeatPlan start = new GroupSeatPlan(problem);
        start.build(start.order(new Random(1)), null, GroupSeatPlan.COUNT_FIRST);
        GroupSeatBound bound = new GroupSeatBound(problem);
        double countWeight = costWeight(problem);
        long countDeadline = System.nanoTime() + budget.toNanos() / 2;
        long count = (long) Math.ceil(bound.raise(1, false, start.count(), countDeadline, prices -> {
        }) - 1e-6);
        bound.rescale(countWeight);
        double weighted = bound.raise(countWeight, true, countWeight * start.count() + start.cost(), deadline,
                prices -> {
                });
        return new SeatBounds(count, weighted - countWeight * count);
    }

    /** The best plan found and what the bounds prove about it. */
    record Outcome(GroupSeatPlan plan, long countBound, double costBound) {

        boolean countProven() {
            return plan.count() <= countBound;
        }

        boolean costProven() {
            return countProven() && plan.cost() <= Math.ceil(costBound - 1e-6);
        }
    }

    static Outcome solve(GroupSeatProblem problem, long deadline) {
        Random random = new Random(problem.groupCount());
        double countWeight = costWeight(problem);
        Best best = new Best(problem, random, deadline, countWeight);
        best.offer(null);
        GroupSeatBound bound = new GroupSeatBound(problem);
        long countDeadline = System.nanoTime() + (long) ((deadline - System.nanoTime()) * COUNT_SHARE);
        double count = bound.raise(1, false, best.plan.count(), countDeadline,
                prices -> best.offer(scaled(prices, countWeight)));
        long countBound = (long) Math.ceil(count - 1e-6);
        bound.rescale(countWeight);
        bound.lower(countWeight * best.plan.count() + best.plan.cost());
        double weighted = bound.raise(countWeight, true, countWeight * best.plan.count() + best.plan.cost(),
                deadline, prices -> {
                    best.offer(prices);
                    bound.lower(countWeight * best.plan.count() + best.plan.cost());
                });
        while (System.nanoTime() < deadline && !new Outcome(best.plan, countBound,
                weighted - countWeight * best.plan.count()).costProven()) {
            best.plan.ruinAndRecreate(random, 2 + random.nextInt(4));
        }
        double costBound = best.plan.count() <= countBound ? weighted - countWeight * best.plan.count() : 0;
        return new Outcome(best.plan, countBound, costBound);
    }

    /**
     * A count point's weight in the cost bound: more than any one member's cost and load step, so that the
     * relaxation never leaves a seat empty to save cost. Any weight gives a valid bound; this one a tight one.
     */
    private static double costWeight(GroupSeatProblem problem) {
        long most = 0;
        for (long[] costs : problem.cost) {
            for (long cost : costs) {
                most = Math.max(most, cost);
            }
        }
        int maxHeld = 0;
        for (int v = 0; v < problem.held.length; v++) {
            maxHeld = Math.max(maxHeld, problem.held[v] + problem.free[v]);
        }
        return most + MatchCosts.marginalLoad(maxHeld) + 1;
    }

    private static double[] scaled(double[] prices, double factor) {
        double[] scaled = prices.clone();
        for (int v = 0; v < scaled.length; v++) {
            scaled[v] *= factor;
        }
        return scaled;
    }

    /** The best plan so far; offered prices build a fresh plan that is improved and kept if better. */
    private static final class Best {

        private final GroupSeatProblem problem;
        private final Random random;
        private final long deadline;
        private final double countWeight;
        GroupSeatPlan plan;

        Best(GroupSeatProblem problem, Random random, long deadline, double countWeight) {
            this.problem = problem;
            this.random = random;
            this.deadline = deadline;
            this.countWeight = countWeight;
        }

        void offer(double[] prices) {
            GroupSeatPlan fresh = new GroupSeatPlan(problem);
            fresh.build(fresh.order(random), prices, countWeight);
            fresh.improve(random, deadline, false);
            if (plan != null && fresh.count() > plan.count() + 1) {
                return;
            }
            fresh.improve(random, deadline, true);
            if (fresh.betterThan(plan)) {
                plan = fresh;
            }
        }
    }

    private static void write(GroupSeatProblem problem, GroupSeatPlan plan, ScoreDirector<MatchingPlan> director) {
        for (int g = 0; g < problem.groupCount(); g++) {
            List<GroupVolunteerSlot> seats = problem.openSeats.get(g);
            int[] members = plan.members[g];
            for (int s = 0; s < seats.size(); s++) {
                Candidate volunteer = s < members.length
                        ? problem.volunteers.get(problem.candidate[g][members[s]]) : null;
                GroupVolunteerSlot seat = seats.get(s);
                if (seat.getVolunteer() != volunteer) {
                    director.beforeVariableChanged(seat, "volunteer");
                    seat.setVolunteer(volunteer);
                    director.afterVariableChanged(seat, "volunteer");
                }
            }
        }
        director.triggerVariableListeners();
    }
}
