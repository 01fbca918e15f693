package org.tongxing.matching.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jboss.logging.Logger;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.tongxing.matching.domain.Candidate;
import org.tongxing.matching.domain.FormingGroup;
import org.tongxing.matching.domain.GroupCadreSlot;
import org.tongxing.matching.domain.GroupLeader;
import org.tongxing.matching.domain.GroupVolunteerSlot;
import org.tongxing.matching.domain.MatchingPlan;
import org.tongxing.matching.domain.PairingRequest;

/**
 * Solves the linear part of the problem exactly with {@link MinCostAssignment} and writes the result into the
 * working solution. The linear part is everything except "the three volunteers together cover the mother's
 * needs", which only local search can judge; for pairs alone it is the whole objective, so local search starts
 * at the optimum. As the construction phase it places pairs and cadres and, on large plans, the groups'
 * volunteer seats (on small ones a construction heuristic places them, see {@link MatchingSolverConfig#matcher});
 * as a polish after each local search round it re-places pairs and seats together. Confirmed assignments are
 * left alone and use capacity.
 */
public class FlowSeed implements CustomPhaseCommand<MatchingPlan> {

    private static final Logger LOG = Logger.getLogger(FlowSeed.class);
    private static final int MAX_PASSES = 20;

    private static final long POLISH_BUDGET_NANOS = 4_000_000_000L;
    /** Another pass is worth it while the last one lowered the cost by at least this fraction. */
    private static final double WORTHWHILE_PASS = 0.0002;
    /**
     * Up to this many groups with open seats, the seed leaves the seats to the construction heuristic that
     * follows it (why: {@link MatchingSolverConfig#matcher}); above, it places them too, as the flow's seats
     * ended cheaper on 500 and 5,000 groups. Sizes between 50 and 500 were not measured; figures in
     * docs/matching.md, "Results".
     */
    static final int CONSTRUCTION_PLACES_SEATS_UP_TO = 100;

    private final boolean polish;
    private final long shuffleSeed;

    /** The construction phase. */
    public FlowSeed() {
        this(false, 0);
    }

    private FlowSeed(boolean polish, long shuffleSeed) {
        this.polish = polish;
        this.shuffleSeed = shuffleSeed;
    }

    /**
     * The same exact re-placement run after a local search round on its best plan: it takes back the cost the
     * search let drift and never makes the plan worse. Pairs alone are at their optimum after the seed, so
     * polishing skips them. Each round shuffles differently (and reproducibly).
     */
    public static FlowSeed polish(int round) {
        return new FlowSeed(true, round + 1);
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<MatchingPlan> scoreDirector) {
        long start = System.nanoTime();
        MatchingPlan plan = scoreDirector.getWorkingSolution();
        if (polish && plan.getVolunteerSlots().isEmpty()) {
            return;
        }
        int passes = seedVolunteers(plan, scoreDirector);
        seedCadres(plan, scoreDirector);
        scoreDirector.triggerVariableListeners();
        if (!polish && plan.getVolunteerSlots().isEmpty() && plan.getCadreSlots().isEmpty()) {
            // Pairs alone: one min-cost max-flow is the whole objective, so this plan is optimal.
            plan.markProvenOptimal();
        }
        if (LOG.isDebugEnabled()) {
            LOG.debugf("Flow %s: %d pass(es) in %d ms, score %s", polish ? "polish" : "seed", passes,
                    (System.nanoTime() - start) / 1_000_000, score(scoreDirector));
        }
    }

    private int seedVolunteers(MatchingPlan plan, ScoreDirector<MatchingPlan> scoreDirector) {
        VolunteerColumns columns = new VolunteerColumns(plan.getVolunteers());
        Map<FormingGroup, List<GroupVolunteerSlot>> seatsOf = new LinkedHashMap<>();
        Map<FormingGroup, List<GroupVolunteerSlot>> openSeatsOf = new LinkedHashMap<>();
        for (PairingRequest request : plan.getPairingRequests()) {
            columns.hold(request.getVolunteer());
        }
        for (GroupVolunteerSlot seat : plan.getVolunteerSlots()) {
            columns.hold(seat.getVolunteer());
            seatsOf.computeIfAbsent(seat.getGroup(), g -> new ArrayList<>()).add(seat);
            if (!seat.isConfirmed()) {
                openSeatsOf.computeIfAbsent(seat.getGroup(), g -> new ArrayList<>()).add(seat);
            }
        }
        if (!polish && openSeatsOf.size() <= CONSTRUCTION_PLACES_SEATS_UP_TO) {
            openSeatsOf.clear();
        }
        List<PairingRequest> openRequests = plan.getPairingRequests().stream().filter(r -> !r.isConfirmed()).toList();
        // Block coordinate descent with exact flows: re-place all pairs plus one open seat of every group
        // while the other seats stay, then another seat of every group, then the third. With the other two
        // seats fixed, "covers a need nobody else in the group covers" is an exact per-arc gain, so no step
        // makes the plan worse. Which seat of a group goes in which block is shuffled every pass, so that
        // two seats of different groups meet in a block and can trade volunteers. Stops when a pass no longer
        // pays (a city's pass takes seconds) or, when polishing, at the time budget: the solver cannot stop a
        // custom phase. Without open seats (pairs alone, or a small seed) one pass is the exact optimum.
        Random random = new Random(shuffleSeed);
        long deadline = polish ? System.nanoTime() + POLISH_BUDGET_NANOS : Long.MAX_VALUE;
        int passes = openSeatsOf.isEmpty() ? 1 : MAX_PASSES;
        // One pass needs no score: computing it the first time builds a scorer, seconds in a cold JVM.
        HardMediumSoftLongScore before = passes > 1 ? score(scoreDirector) : null;
        for (int pass = 0; pass < passes; pass++) {
            List<List<GroupVolunteerSlot>> blocks = shuffledBlocks(openSeatsOf, random);
            for (int index = 0; index < FormingGroup.VOLUNTEER_SEATS; index++) {
                if (System.nanoTime() > deadline) {
                    return pass + 1;
                }
                List<PairingRequest> requests = index == 0 ? openRequests : List.of();
                List<GroupVolunteerSlot> seats = blocks.get(index);
                requests.forEach(request -> columns.release(request.getVolunteer()));
                seats.forEach(seat -> columns.release(seat.getVolunteer()));
                int[][] assigned = columns.assign(requests, seats,
                        seat -> othersIn(seatsOf.get(seat.getGroup()), seat));
                for (int row = 0; row < requests.size(); row++) {
                    set(scoreDirector, requests.get(row), columns.volunteer(assigned[row]));
                }
                for (int row = 0; row < seats.size(); row++) {
                    set(scoreDirector, seats.get(row), columns.volunteer(assigned[requests.size() + row]));
                }
            }
            if (passes == 1) {
                return 1;
            }
            HardMediumSoftLongScore after = score(scoreDirector);
            if (after.mediumScore() == before.mediumScore()
                    && after.softScore() - before.softScore() <= -before.softScore() * WORTHWHILE_PASS) {
                return pass + 1;
            }
            before = after;
        }
        return passes;
    }

    private static HardMediumSoftLongScore score(ScoreDirector<MatchingPlan> scoreDirector) {
        return PlanScore.of(scoreDirector.getWorkingSolution());
    }

    private static List<List<GroupVolunteerSlot>> shuffledBlocks(
            Map<FormingGroup, List<GroupVolunteerSlot>> openSeatsOf,
            Random random) {
        List<List<GroupVolunteerSlot>> blocks = new ArrayList<>();
        for (int i = 0; i < FormingGroup.VOLUNTEER_SEATS; i++) {
            blocks.add(new ArrayList<>());
        }
        for (List<GroupVolunteerSlot> open : openSeatsOf.values()) {
            List<GroupVolunteerSlot> order = new ArrayList<>(open);
            Collections.shuffle(order, random);
            for (int i = 0; i < order.size(); i++) {
                blocks.get(i).add(order.get(i));
            }
        }
        return blocks;
    }

    private static Set<Candidate> othersIn(List<GroupVolunteerSlot> seats, GroupVolunteerSlot seat) {
        Set<Candidate> others = new HashSet<>();
        for (GroupVolunteerSlot other : seats) {
            if (other != seat && other.getVolunteer() != null) {
                others.add(other.getVolunteer());
            }
        }
        return others;
    }

    private void seedCadres(MatchingPlan plan, ScoreDirector<MatchingPlan> scoreDirector) {
        List<GroupLeader> cadres = plan.getCadres();
        Map<GroupLeader, Integer> column = new HashMap<>();
        for (int i = 0; i < cadres.size(); i++) {
            column.put(cadres.get(i), i);
        }
        int[] held = new int[cadres.size()];
        List<GroupCadreSlot> open = new ArrayList<>();
        for (GroupCadreSlot seat : plan.getCadreSlots()) {
            if (seat.isConfirmed() && seat.getCadre() != null) {
                held[column.get(seat.getCadre())]++;
            } else {
                open.add(seat);
            }
        }
        MinCostAssignment flow = new MinCostAssignment(open.size(), cadres.size(), 0);
        for (int i = 0; i < cadres.size(); i++) {
            flow.setColumn(i, Math.max(0, cadres.get(i).freePlaces() - held[i]), 0);
        }
        for (int row = 0; row < open.size(); row++) {
            GroupCadreSlot seat = open.get(row);
            for (GroupLeader cadre : seat.getCandidates()) {
                flow.addArc(row, column.get(cadre), MatchCosts.travel(seat.getGroup().mother(), cadre));
            }
        }
        int[][] assigned = flow.solve();
        for (int row = 0; row < open.size(); row++) {
            GroupCadreSlot seat = open.get(row);
            GroupLeader chosen = assigned[row].length == 0 ? null : cadres.get(assigned[row][0]);
            if (seat.getCadre() != chosen) {
                scoreDirector.beforeVariableChanged(seat, "cadre");
                seat.setCadre(chosen);
                scoreDirector.afterVariableChanged(seat, "cadre");
            }
        }
    }

    private static void set(ScoreDirector<MatchingPlan> scoreDirector, PairingRequest request, Candidate volunteer) {
        if (request.getVolunteer() != volunteer) {
            scoreDirector.beforeVariableChanged(request, "volunteer");
            request.setVolunteer(volunteer);
            scoreDirector.afterVariableChanged(request, "volunteer");
        }
    }

    private static void set(ScoreDirector<MatchingPlan> scoreDirector, GroupVolunteerSlot seat, Candidate volunteer) {
        if (seat.getVolunteer() != volunteer) {
            scoreDirector.beforeVariableChanged(seat, "volunteer");
            seat.setVolunteer(volunteer);
            scoreDirector.afterVariableChanged(seat, "volunteer");
        }
    }
}
