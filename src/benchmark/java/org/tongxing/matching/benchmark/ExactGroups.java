package org.tongxing.matching.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

import org.tongxing.matching.domain.Cadre;
import org.tongxing.matching.domain.GroupCadreSlot;
import org.tongxing.matching.domain.GroupVolunteerSlot;
import org.tongxing.matching.domain.MatchingPlan;
import org.tongxing.matching.domain.SupportGroup;
import org.tongxing.matching.domain.Volunteer;
import org.tongxing.matching.solver.MatchCosts;
import org.tongxing.need.NeedCategory;

/**
 * The groups objective as a MIP for SCIP, solved lexicographically like the score: first fewest unfilled
 * seats plus uncovered needs (medium), then, with that count fixed, least cost (soft). Each stage gets half
 * the time limit; when a stage cannot prove optimality its bound is reported instead.
 * Only for plans without confirmed seats (the benchmark's).
 */
final class ExactGroups {

    record Result(boolean provenOptimal, long mediumLowerBound, double softBound) {
    }

    private ExactGroups() {
    }

    static Result solve(MatchingPlan plan, long timeLimitMillis) {
        MPSolver solver = MPSolver.createSolver("SCIP");
        solver.setNumThreads(1);
        List<Volunteer> volunteers = plan.getVolunteers();
        Map<SupportGroup, Map<Volunteer, MPVariable>> seat = new HashMap<>();
        Map<SupportGroup, Map<Cadre, MPVariable>> lead = new HashMap<>();
        Map<Volunteer, List<MPVariable>> byVolunteer = new HashMap<>();
        Map<Cadre, List<MPVariable>> byCadre = new HashMap<>();
        MPObjective objective = solver.objective();
        List<MPVariable> mediumTerms = new ArrayList<>();
        Map<MPVariable, Double> softTerms = new HashMap<>();

        for (GroupVolunteerSlot slot : plan.getVolunteerSlots()) {
            seat.computeIfAbsent(slot.getGroup(), group -> {
                Map<Volunteer, MPVariable> vars = new HashMap<>();
                MPConstraint seats = solver.makeConstraint(0, SupportGroup.VOLUNTEER_SEATS);
                for (Volunteer volunteer : slot.getCandidates()) {
                    MPVariable y = solver.makeBoolVar("");
                    vars.put(volunteer, y);
                    seats.setCoefficient(y, 1);
                    byVolunteer.computeIfAbsent(volunteer, v -> new ArrayList<>()).add(y);
                    mediumTerms.add(y);
                    softTerms.put(y, (double) MatchCosts.assignment(group.mother(), group.needs(), volunteer));
                }
                for (NeedCategory need : group.needs()) {
                    MPVariable covered = solver.makeNumVar(0, 1, "");
                    MPConstraint link = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
                    link.setCoefficient(covered, 1);
                    vars.forEach((volunteer, y) -> link.setCoefficient(y, volunteer.covers(need) ? -1 : 0));
                    mediumTerms.add(covered);
                }
                return vars;
            });
        }
        for (GroupCadreSlot slot : plan.getCadreSlots()) {
            Map<Cadre, MPVariable> vars = new HashMap<>();
            MPConstraint one = solver.makeConstraint(0, 1);
            for (Cadre cadre : slot.getCandidates()) {
                MPVariable z = solver.makeBoolVar("");
                vars.put(cadre, z);
                one.setCoefficient(z, 1);
                byCadre.computeIfAbsent(cadre, c -> new ArrayList<>()).add(z);
                mediumTerms.add(z);
                softTerms.put(z, (double) MatchCosts.travel(slot.getGroup().mother(), cadre));
            }
            lead.put(slot.getGroup(), vars);
        }
        for (Volunteer volunteer : volunteers) {
            List<MPVariable> ys = byVolunteer.getOrDefault(volunteer, List.of());
            if (ys.isEmpty()) {
                continue;
            }
            // Convex load cost: unit k costs more than unit k-1, so the LP fills the cheap units first.
            MPConstraint load = solver.makeConstraint(0, 0);
            ys.forEach(y -> load.setCoefficient(y, 1));
            for (int k = 0; k < volunteer.freePlaces(); k++) {
                MPVariable unit = solver.makeNumVar(0, 1, "");
                load.setCoefficient(unit, -1);
                softTerms.put(unit, (double) MatchCosts.marginalLoad(volunteer.currentLoad() + k));
            }
        }
        byCadre.forEach((cadre, zs) -> {
            MPConstraint capacity = solver.makeConstraint(0, cadre.freePlaces());
            zs.forEach(z -> capacity.setCoefficient(z, 1));
        });

        // stage 1: as many filled seats plus covered needs as possible
        mediumTerms.forEach(term -> objective.setCoefficient(term, 1));
        objective.setMaximization();
        solver.setTimeLimit(timeLimitMillis / 2);
        MPSolver.ResultStatus first = solver.solve();
        if (first != MPSolver.ResultStatus.OPTIMAL && first != MPSolver.ResultStatus.FEASIBLE) {
            return new Result(false, -1, Double.NaN);
        }
        double bestMedium = Math.round(objective.value());
        long possible = (long) plan.getVolunteerSlots().size() + plan.getCadreSlots().size() + plan.getGroupNeeds().size();
        long mediumBound = possible - (long) Math.floor(objective.bestBound() + 1e-6);
        boolean mediumProven = first == MPSolver.ResultStatus.OPTIMAL;

        // stage 2: keep that count, minimise cost, starting from stage 1's solution
        MPVariable[] all = solver.variables();
        double[] values = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            values[i] = all[i].solutionValue();
        }
        solver.setHint(all, values);
        MPConstraint keep = solver.makeConstraint(bestMedium, Double.POSITIVE_INFINITY);
        mediumTerms.forEach(term -> keep.setCoefficient(term, 1));
        objective.clear();
        softTerms.forEach(objective::setCoefficient);
        objective.setMinimization();
        solver.setTimeLimit(timeLimitMillis / 2);
        MPSolver.ResultStatus second = solver.solve();
        if (second != MPSolver.ResultStatus.OPTIMAL && second != MPSolver.ResultStatus.FEASIBLE) {
            return new Result(false, mediumBound, Double.NaN);
        }
        write(plan, seat, lead);
        return new Result(mediumProven && second == MPSolver.ResultStatus.OPTIMAL, mediumBound, objective.bestBound());
    }

    private static void write(MatchingPlan plan, Map<SupportGroup, Map<Volunteer, MPVariable>> seat,
            Map<SupportGroup, Map<Cadre, MPVariable>> lead) {
        Map<SupportGroup, List<Volunteer>> chosen = new HashMap<>();
        seat.forEach((group, vars) -> vars.forEach((volunteer, y) -> {
            if (y.solutionValue() > 0.5) {
                chosen.computeIfAbsent(group, g -> new ArrayList<>()).add(volunteer);
            }
        }));
        for (GroupVolunteerSlot slot : plan.getVolunteerSlots()) {
            List<Volunteer> members = chosen.getOrDefault(slot.getGroup(), new ArrayList<>());
            slot.setVolunteer(members.isEmpty() ? null : members.remove(0));
        }
        for (GroupCadreSlot slot : plan.getCadreSlots()) {
            slot.setCadre(lead.get(slot.getGroup()).entrySet().stream().filter(e -> e.getValue().solutionValue() > 0.5)
                    .map(Map.Entry::getKey).findFirst().orElse(null));
        }
    }
}
