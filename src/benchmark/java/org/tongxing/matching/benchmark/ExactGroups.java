package org.tongxing.matching.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tongxing.matching.domain.Candidate;
import org.tongxing.matching.domain.FormingGroup;
import org.tongxing.matching.domain.GroupCadreSlot;
import org.tongxing.matching.domain.GroupLeader;
import org.tongxing.matching.domain.GroupVolunteerSlot;
import org.tongxing.matching.domain.MatchingPlan;
import org.tongxing.matching.solver.MatchCosts;
import org.tongxing.need.NeedCategory;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * The groups objective as MIPs for SCIP, solved lexicographically like the score: first fewest unfilled
 * seats plus uncovered needs (medium), then, with that count fixed, least cost (soft).
 *
 * <p>The objective separates: cadre seats never interact with volunteer seats, and groups that share no
 * candidate form independent components (districts, here). Solving each part on its own is the same
 * optimum and far easier for SCIP (one MIP of a whole city does not finish its root LP in minutes).
 * The time limit is shared out by model size, half for each stage; where a stage cannot prove optimality
 * the bound is reported. Only for plans without confirmed seats (the benchmark's).
 */
final class ExactGroups {

    record Result(boolean provenOptimal, long mediumLowerBound, double softBound) {

        Result plus(Result other) {
            return new Result(provenOptimal && other.provenOptimal, mediumLowerBound + other.mediumLowerBound,
                    softBound + other.softBound);
        }
    }

    private ExactGroups() {
    }

    static Result solve(MatchingPlan plan, long timeLimitMillis) {
        Map<FormingGroup, List<Candidate>> volunteerCandidates = new LinkedHashMap<>();
        plan.getVolunteerSlots()
                .forEach(slot -> volunteerCandidates.putIfAbsent(slot.getGroup(), slot.getCandidates()));
        Map<FormingGroup, List<GroupLeader>> cadreCandidates = new LinkedHashMap<>();
        plan.getCadreSlots().forEach(slot -> cadreCandidates.put(slot.getGroup(), slot.getCandidates()));
        List<List<FormingGroup>> volunteerParts = Components.of(volunteerCandidates);
        List<List<FormingGroup>> cadreParts = Components.of(cadreCandidates);
        long size = volunteerCandidates.values().stream().mapToLong(List::size).sum()
                + cadreCandidates.values().stream().mapToLong(List::size).sum();

        Map<FormingGroup, List<Candidate>> members = new HashMap<>();
        Map<FormingGroup, GroupLeader> leads = new HashMap<>();
        Result total = new Result(true, 0, 0);
        for (List<FormingGroup> part : volunteerParts) {
            long share = timeLimitMillis * part.stream().mapToLong(g -> volunteerCandidates.get(g).size()).sum() / size;
            total = total.plus(volunteers(part, volunteerCandidates, share, members));
        }
        for (List<FormingGroup> part : cadreParts) {
            long share = timeLimitMillis * part.stream().mapToLong(g -> cadreCandidates.get(g).size()).sum() / size;
            total = total.plus(cadres(part, cadreCandidates, share, leads));
        }
        for (GroupVolunteerSlot slot : plan.getVolunteerSlots()) {
            List<Candidate> chosen = members.getOrDefault(slot.getGroup(), new ArrayList<>());
            slot.setVolunteer(chosen.isEmpty() ? null : chosen.remove(0));
        }
        for (GroupCadreSlot slot : plan.getCadreSlots()) {
            slot.setCadre(leads.get(slot.getGroup()));
        }
        return total;
    }

    /**
     * A lower bound of the unfilled + uncovered count from the LP relaxation (GLOP, seconds): still valid
     * where SCIP's own root LP does not finish in the time limit. Exact for the cadre part (a transportation
     * problem), weaker for the volunteer part (fractional seats "cover" needs cheaply).
     */
    record Bounds(long count, double cost) {
    }

    static Bounds relaxedBounds(MatchingPlan plan) {
        Map<FormingGroup, List<Candidate>> volunteers = new LinkedHashMap<>();
        plan.getVolunteerSlots().forEach(slot -> volunteers.putIfAbsent(slot.getGroup(), slot.getCandidates()));
        Map<FormingGroup, List<GroupLeader>> cadres = new LinkedHashMap<>();
        plan.getCadreSlots().forEach(slot -> cadres.put(slot.getGroup(), slot.getCandidates()));
        long count = 0;
        double cost = 0;
        for (List<FormingGroup> part : Components.of(volunteers)) {
            Lexicographic lp = new Lexicographic(true);
            volunteerModel(part, volunteers, lp);
            Bounds bounds = lp.relaxedBounds();
            count += bounds.count();
            cost += bounds.cost();
        }
        for (List<FormingGroup> part : Components.of(cadres)) {
            Lexicographic lp = new Lexicographic(true);
            cadreModel(part, cadres, lp);
            Bounds bounds = lp.relaxedBounds();
            count += bounds.count();
            cost += bounds.cost();
        }
        return new Bounds(count, cost);
    }

    /** The cadre part alone (a transportation problem, so its LP is exact): count and cost of its optimum. */
    static Bounds cadreBounds(MatchingPlan plan) {
        Map<FormingGroup, List<GroupLeader>> cadres = new LinkedHashMap<>();
        plan.getCadreSlots().forEach(slot -> cadres.put(slot.getGroup(), slot.getCandidates()));
        long count = 0;
        double cost = 0;
        for (List<FormingGroup> part : Components.of(cadres)) {
            Lexicographic lp = new Lexicographic(true);
            cadreModel(part, cadres, lp);
            Bounds bounds = lp.relaxedBounds();
            count += bounds.count();
            cost += bounds.cost();
        }
        return new Bounds(count, cost);
    }

    private static Result volunteers(List<FormingGroup> groups, Map<FormingGroup, List<Candidate>> candidates,
            long millis, Map<FormingGroup, List<Candidate>> members) {
        Lexicographic mip = new Lexicographic(false);
        Map<FormingGroup, Map<Candidate, MPVariable>> seat = volunteerModel(groups, candidates, mip);
        Result result = mip.solve(millis);
        seat.forEach((group, vars) -> vars.forEach((volunteer, y) -> {
            if (y.solutionValue() > 0.5) {
                members.computeIfAbsent(group, g -> new ArrayList<>()).add(volunteer);
            }
        }));
        return result;
    }

    private static Map<FormingGroup, Map<Candidate, MPVariable>> volunteerModel(List<FormingGroup> groups,
            Map<FormingGroup, List<Candidate>> candidates, Lexicographic mip) {
        Map<FormingGroup, Map<Candidate, MPVariable>> seat = new HashMap<>();
        Map<Candidate, List<MPVariable>> byVolunteer = new LinkedHashMap<>();
        for (FormingGroup group : groups) {
            Map<Candidate, MPVariable> vars = new HashMap<>();
            MPConstraint seats = mip.solver.makeConstraint(0, FormingGroup.VOLUNTEER_SEATS);
            for (Candidate volunteer : candidates.get(group)) {
                MPVariable y = mip.binary();
                vars.put(volunteer, y);
                seats.setCoefficient(y, 1);
                byVolunteer.computeIfAbsent(volunteer, v -> new ArrayList<>()).add(y);
                mip.medium(y);
                mip.soft(y, MatchCosts.assignment(group.mother(), group.needs(), volunteer));
            }
            for (NeedCategory need : group.needs()) {
                MPVariable covered = mip.solver.makeNumVar(0, 1, "");
                MPConstraint link = mip.solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
                link.setCoefficient(covered, 1);
                vars.forEach((volunteer, y) -> link.setCoefficient(y, volunteer.covers(need) ? -1 : 0));
                mip.medium(covered);
            }
            mip.possible += FormingGroup.VOLUNTEER_SEATS + group.needs().size();
            seat.put(group, vars);
        }
        byVolunteer.forEach((volunteer, ys) -> {
            // Convex load cost: unit k costs more than unit k-1, so the LP fills the cheap units first.
            MPConstraint load = mip.solver.makeConstraint(0, 0);
            ys.forEach(y -> load.setCoefficient(y, 1));
            for (int k = 0; k < volunteer.freePlaces(); k++) {
                MPVariable unit = mip.solver.makeNumVar(0, 1, "");
                load.setCoefficient(unit, -1);
                mip.soft(unit, MatchCosts.marginalLoad(volunteer.currentLoad() + k));
            }
        });
        return seat;
    }

    private static Result cadres(List<FormingGroup> groups, Map<FormingGroup, List<GroupLeader>> candidates,
            long millis,
            Map<FormingGroup, GroupLeader> leads) {
        Lexicographic mip = new Lexicographic(false);
        Map<FormingGroup, Map<GroupLeader, MPVariable>> lead = cadreModel(groups, candidates, mip);
        Result result = mip.solve(millis);
        lead.forEach((group, vars) -> vars.forEach((cadre, z) -> {
            if (z.solutionValue() > 0.5) {
                leads.put(group, cadre);
            }
        }));
        return result;
    }

    private static Map<FormingGroup, Map<GroupLeader, MPVariable>> cadreModel(List<FormingGroup> groups,
            Map<FormingGroup, List<GroupLeader>> candidates, Lexicographic mip) {
        Map<FormingGroup, Map<GroupLeader, MPVariable>> lead = new HashMap<>();
        Map<GroupLeader, List<MPVariable>> byCadre = new LinkedHashMap<>();
        for (FormingGroup group : groups) {
            Map<GroupLeader, MPVariable> vars = new HashMap<>();
            MPConstraint one = mip.solver.makeConstraint(0, 1);
            for (GroupLeader cadre : candidates.get(group)) {
                MPVariable z = mip.binary();
                vars.put(cadre, z);
                one.setCoefficient(z, 1);
                byCadre.computeIfAbsent(cadre, c -> new ArrayList<>()).add(z);
                mip.medium(z);
                mip.soft(z, MatchCosts.travel(group.mother(), cadre));
            }
            mip.possible += 1;
            lead.put(group, vars);
        }
        byCadre.forEach((cadre, zs) -> {
            MPConstraint capacity = mip.solver.makeConstraint(0, cadre.freePlaces());
            zs.forEach(z -> capacity.setCoefficient(z, 1));
        });
        return lead;
    }

    /** A SCIP model with a medium and a soft objective, solved one after the other. */
    private static final class Lexicographic {

        final MPSolver solver;
        final boolean relaxed;
        final List<MPVariable> mediumTerms = new ArrayList<>();
        final Map<MPVariable, Double> softTerms = new HashMap<>();
        long possible;

        Lexicographic(boolean relaxed) {
            this.relaxed = relaxed;
            this.solver = MPSolver.createSolver(relaxed ? "GLOP" : "SCIP");
            if (Boolean.getBoolean("mip.verbose")) {
                solver.enableOutput();
            }
        }

        MPVariable binary() {
            return relaxed ? solver.makeNumVar(0, 1, "") : solver.makeBoolVar("");
        }

        void medium(MPVariable fillsOrCovers) {
            mediumTerms.add(fillsOrCovers);
        }

        void soft(MPVariable variable, long cost) {
            softTerms.put(variable, (double) cost);
        }

        /**
         * Count bound from the LP; then the least LP cost of any solution that reaches that count, which bounds
         * the cost of a solution whose count equals the bound.
         */
        Bounds relaxedBounds() {
            MPObjective objective = solver.objective();
            mediumTerms.forEach(term -> objective.setCoefficient(term, 1));
            objective.setMaximization();
            if (solver.solve() != MPSolver.ResultStatus.OPTIMAL) {
                throw new IllegalStateException("GLOP did not solve the relaxation");
            }
            long count = possible - (long) Math.floor(objective.value() + 1e-6);
            MPConstraint keep = solver.makeConstraint(possible - count, Double.POSITIVE_INFINITY);
            mediumTerms.forEach(term -> keep.setCoefficient(term, 1));
            objective.clear();
            softTerms.forEach(objective::setCoefficient);
            objective.setMinimization();
            if (solver.solve() != MPSolver.ResultStatus.OPTIMAL) {
                throw new IllegalStateException("GLOP did not solve the relaxation's cost stage");
            }
            return new Bounds(count, objective.value());
        }

        Result solve(long millis) {
            MPObjective objective = solver.objective();
            mediumTerms.forEach(term -> objective.setCoefficient(term, 1));
            objective.setMaximization();
            solver.setTimeLimit(Math.max(1, millis / 2));
            MPSolver.ResultStatus first = solver.solve();
            if (first != MPSolver.ResultStatus.OPTIMAL && first != MPSolver.ResultStatus.FEASIBLE) {
                solver.reset();
                return new Result(false, 0, 0); // nothing in time: every seat of this part stays empty
            }
            long best = Math.round(objective.value());
            long mediumBound = possible - Math.min(possible, (long) Math.floor(objective.bestBound() + 1e-6));
            hintCurrentSolution();
            MPConstraint keep = solver.makeConstraint(best, Double.POSITIVE_INFINITY);
            mediumTerms.forEach(term -> keep.setCoefficient(term, 1));
            objective.clear();
            softTerms.forEach(objective::setCoefficient);
            objective.setMinimization();
            solver.setTimeLimit(Math.max(1, millis / 2));
            MPSolver.ResultStatus second = solver.solve();
            if (second != MPSolver.ResultStatus.OPTIMAL && second != MPSolver.ResultStatus.FEASIBLE) {
                throw new IllegalStateException("SCIP lost the stage-1 solution: " + second);
            }
            return new Result(first == MPSolver.ResultStatus.OPTIMAL && second == MPSolver.ResultStatus.OPTIMAL,
                    mediumBound, objective.bestBound());
        }

        private void hintCurrentSolution() {
            MPVariable[] all = solver.variables();
            double[] values = new double[all.length];
            for (int i = 0; i < all.length; i++) {
                values[i] = all[i].solutionValue();
            }
            solver.setHint(all, values);
        }
    }

    /** Groups linked by a shared candidate, by union-find. */
    private static final class Components {

        static <T> List<List<FormingGroup>> of(Map<FormingGroup, List<T>> candidates) {
            List<FormingGroup> groups = new ArrayList<>(candidates.keySet());
            int[] parent = new int[groups.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
            Map<T, Integer> firstGroupOf = new HashMap<>();
            for (int g = 0; g < groups.size(); g++) {
                for (T candidate : candidates.get(groups.get(g))) {
                    Integer other = firstGroupOf.putIfAbsent(candidate, g);
                    if (other != null) {
                        parent[find(parent, g)] = find(parent, other);
                    }
                }
            }
            Map<Integer, List<FormingGroup>> parts = new LinkedHashMap<>();
            for (int g = 0; g < groups.size(); g++) {
                parts.computeIfAbsent(find(parent, g), k -> new ArrayList<>()).add(groups.get(g));
            }
            return new ArrayList<>(parts.values());
        }

        private static int find(int[] parent, int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }
    }
}
