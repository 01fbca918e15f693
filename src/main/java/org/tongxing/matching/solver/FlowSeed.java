package org.tongxing.matching.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.tongxing.matching.domain.Cadre;
import org.tongxing.matching.domain.GroupCadreSlot;
import org.tongxing.matching.domain.GroupVolunteerSlot;
import org.tongxing.matching.domain.MatchingPlan;
import org.tongxing.matching.domain.PairingRequest;
import org.tongxing.matching.domain.SupportGroup;
import org.tongxing.matching.domain.Volunteer;
import org.tongxing.need.NeedCategory;

/**
 * The construction phase: solves the linear part of the problem exactly with {@link MinCostAssignment} and
 * writes the result into the working solution. The linear part is everything except "the three volunteers
 * together cover the mother's needs", which only local search can judge; for pairs alone it is the whole
 * objective, so local search starts at the optimum. Confirmed assignments are left alone and use capacity.
 */
public class FlowSeed implements CustomPhaseCommand<MatchingPlan> {

    /**
     * A group seat taken by someone who covers more of the mother's still-uncovered needs is cheaper, by more
     * than any soft cost: coverage ranks above soft costs in the score, but a flow cannot see it directly.
     */
    static final long COVERAGE_BONUS = 1_000;

    @Override
    public void changeWorkingSolution(ScoreDirector<MatchingPlan> scoreDirector) {
        MatchingPlan plan = scoreDirector.getWorkingSolution();
        seedVolunteers(plan, scoreDirector);
        seedCadres(plan, scoreDirector);
        scoreDirector.triggerVariableListeners();
    }

    private void seedVolunteers(MatchingPlan plan, ScoreDirector<MatchingPlan> scoreDirector) {
        Map<Volunteer, Integer> column = new HashMap<>();
        List<Volunteer> volunteers = plan.getVolunteers();
        for (int i = 0; i < volunteers.size(); i++) {
            column.put(volunteers.get(i), i);
        }
        int[] held = new int[volunteers.size()];
        for (PairingRequest request : plan.getPairingRequests()) {
            if (request.isConfirmed() && request.getVolunteer() != null) {
                held[column.get(request.getVolunteer())]++;
            }
        }
        Map<SupportGroup, List<GroupVolunteerSlot>> openSeats = new HashMap<>();
        Map<SupportGroup, Set<Volunteer>> confirmedMembers = new HashMap<>();
        for (GroupVolunteerSlot seat : plan.getVolunteerSlots()) {
            if (seat.isConfirmed() && seat.getVolunteer() != null) {
                held[column.get(seat.getVolunteer())]++;
                confirmedMembers.computeIfAbsent(seat.getGroup(), g -> new HashSet<>()).add(seat.getVolunteer());
            } else {
                openSeats.computeIfAbsent(seat.getGroup(), g -> new ArrayList<>()).add(seat);
            }
        }
        List<PairingRequest> openRequests = plan.getPairingRequests().stream().filter(r -> !r.isConfirmed()).toList();
        List<SupportGroup> groups = new ArrayList<>(openSeats.keySet());

        MinCostAssignment flow = new MinCostAssignment(openRequests.size() + groups.size(), volunteers.size(),
                MatchCosts.LOAD_STEP);
        for (int i = 0; i < volunteers.size(); i++) {
            Volunteer volunteer = volunteers.get(i);
            flow.setColumn(i, Math.max(0, volunteer.freePlaces() - held[i]), volunteer.currentLoad() + held[i]);
        }
        for (int row = 0; row < openRequests.size(); row++) {
            PairingRequest request = openRequests.get(row);
            for (Volunteer volunteer : request.getCandidates()) {
                flow.addArc(row, column.get(volunteer),
                        MatchCosts.assignment(request.getFamily(), request.askedCategories(), volunteer));
            }
        }
        for (int g = 0; g < groups.size(); g++) {
            SupportGroup group = groups.get(g);
            int row = openRequests.size() + g;
            Set<Volunteer> members = confirmedMembers.getOrDefault(group, Set.of());
            Set<NeedCategory> uncovered = uncoveredBy(group, members);
            flow.setSupply(row, openSeats.get(group).size());
            for (Volunteer volunteer : openSeats.get(group).get(0).getCandidates()) {
                if (!members.contains(volunteer)) {
                    long bonus = COVERAGE_BONUS * uncovered.stream().filter(volunteer::covers).count();
                    flow.addArc(row, column.get(volunteer),
                            MatchCosts.assignment(group.mother(), group.needs(), volunteer) - bonus);
                }
            }
        }
        int[][] assigned = flow.solve();
        for (int row = 0; row < openRequests.size(); row++) {
            PairingRequest request = openRequests.get(row);
            Volunteer chosen = assigned[row].length == 0 ? null : volunteers.get(assigned[row][0]);
            set(scoreDirector, request, chosen);
        }
        for (int g = 0; g < groups.size(); g++) {
            List<GroupVolunteerSlot> seats = openSeats.get(groups.get(g));
            int[] chosen = assigned[openRequests.size() + g];
            for (int s = 0; s < seats.size(); s++) {
                set(scoreDirector, seats.get(s), s < chosen.length ? volunteers.get(chosen[s]) : null);
            }
        }
    }

    private void seedCadres(MatchingPlan plan, ScoreDirector<MatchingPlan> scoreDirector) {
        List<Cadre> cadres = plan.getCadres();
        Map<Cadre, Integer> column = new HashMap<>();
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
            for (Cadre cadre : seat.getCandidates()) {
                flow.addArc(row, column.get(cadre), MatchCosts.travel(seat.getGroup().mother(), cadre));
            }
        }
        int[][] assigned = flow.solve();
        for (int row = 0; row < open.size(); row++) {
            GroupCadreSlot seat = open.get(row);
            Cadre chosen = assigned[row].length == 0 ? null : cadres.get(assigned[row][0]);
            if (seat.getCadre() != chosen) {
                scoreDirector.beforeVariableChanged(seat, "cadre");
                seat.setCadre(chosen);
                scoreDirector.afterVariableChanged(seat, "cadre");
            }
        }
    }

    private static Set<NeedCategory> uncoveredBy(SupportGroup group, Set<Volunteer> members) {
        Set<NeedCategory> uncovered = new HashSet<>(group.needs());
        members.forEach(member -> uncovered.removeAll(member.skills()));
        return uncovered;
    }

    private static void set(ScoreDirector<MatchingPlan> scoreDirector, PairingRequest request, Volunteer volunteer) {
        if (request.getVolunteer() != volunteer) {
            scoreDirector.beforeVariableChanged(request, "volunteer");
            request.setVolunteer(volunteer);
            scoreDirector.afterVariableChanged(request, "volunteer");
        }
    }

    private static void set(ScoreDirector<MatchingPlan> scoreDirector, GroupVolunteerSlot seat, Volunteer volunteer) {
        if (seat.getVolunteer() != volunteer) {
            scoreDirector.beforeVariableChanged(seat, "volunteer");
            seat.setVolunteer(volunteer);
            scoreDirector.afterVariableChanged(seat, "volunteer");
        }
    }
}
