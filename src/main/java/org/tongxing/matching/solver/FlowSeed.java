package org.tongxing.matching.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jboss.logging.Logger;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
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

    private static final Logger LOG = Logger.getLogger(FlowSeed.class);
    private static final int MAX_PASSES = 20;

    private final boolean polish;

    /** The construction phase. */
    public FlowSeed() {
        this(false);
    }

    /**
     * @param polish run after local search on its best plan: exact re-placement of each seat index lowers the
     *        cost that late acceptance lets drift, and never makes the plan worse. Pairs alone are already at
     *        their optimum after the first run, so polishing skips them.
     */
    public FlowSeed(boolean polish) {
        this.polish = polish;
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
        LOG.debugf("Flow %s: %d pass(es) in %d ms, score %s", polish ? "polish" : "seed", passes, (System.nanoTime() - start) / 1_000_000,
                scoreDirector instanceof InnerScoreDirector<?, ?> inner ? inner.calculateScore() : "?");
    }

    private int seedVolunteers(MatchingPlan plan, ScoreDirector<MatchingPlan> scoreDirector) {
        VolunteerColumns columns = new VolunteerColumns(plan.getVolunteers());
        Map<SupportGroup, List<GroupVolunteerSlot>> seatsOf = new LinkedHashMap<>();
        List<List<GroupVolunteerSlot>> openSeatsByIndex = new ArrayList<>();
        for (int i = 0; i < SupportGroup.VOLUNTEER_SEATS; i++) {
            openSeatsByIndex.add(new ArrayList<>());
        }
        for (PairingRequest request : plan.getPairingRequests()) {
            columns.hold(request.getVolunteer());
        }
        for (GroupVolunteerSlot seat : plan.getVolunteerSlots()) {
            columns.hold(seat.getVolunteer());
            List<GroupVolunteerSlot> seats = seatsOf.computeIfAbsent(seat.getGroup(), g -> new ArrayList<>());
            if (!seat.isConfirmed()) {
                openSeatsByIndex.get(seats.size()).add(seat);
            }
            seats.add(seat);
        }
        List<PairingRequest> openRequests = plan.getPairingRequests().stream().filter(r -> !r.isConfirmed()).toList();
        // Block coordinate descent with exact flows: re-place all pairs plus the first seat of every group
        // while the other seats stay, then the second seats, then the third. With the other two seats fixed,
        // "covers a need nobody else in the group covers" is an exact per-arc gain, so no pass makes the
        // plan worse; it stops when a pass changes nothing. Without groups one pass is the exact optimum.
        int passes = plan.getVolunteerSlots().isEmpty() ? 1 : MAX_PASSES;
        for (int pass = 0; pass < passes; pass++) {
            boolean changed = false;
            for (int index = 0; index < SupportGroup.VOLUNTEER_SEATS; index++) {
                List<PairingRequest> requests = index == 0 ? openRequests : List.of();
                List<GroupVolunteerSlot> seats = openSeatsByIndex.get(index);
                requests.forEach(request -> columns.release(request.getVolunteer()));
                seats.forEach(seat -> columns.release(seat.getVolunteer()));
                int[][] assigned = columns.assign(requests, seats, seat -> othersIn(seatsOf.get(seat.getGroup()), seat));
                for (int row = 0; row < requests.size(); row++) {
                    changed |= set(scoreDirector, requests.get(row), columns.volunteer(assigned[row]));
                }
                for (int row = 0; row < seats.size(); row++) {
                    changed |= set(scoreDirector, seats.get(row), columns.volunteer(assigned[requests.size() + row]));
                }
            }
            if (!changed) {
                return pass + 1;
            }
        }
        return passes;
    }

    private static Set<Volunteer> othersIn(List<GroupVolunteerSlot> seats, GroupVolunteerSlot seat) {
        Set<Volunteer> others = new HashSet<>();
        for (GroupVolunteerSlot other : seats) {
            if (other != seat && other.getVolunteer() != null) {
                others.add(other.getVolunteer());
            }
        }
        return others;
    }

    /** The volunteers as flow columns, with the places they hold so far (confirmed, then earlier rounds). */
    private static final class VolunteerColumns {

        private final List<Volunteer> volunteers;
        private final Map<Volunteer, Integer> index = new HashMap<>();
        private final int[] held;

        VolunteerColumns(List<Volunteer> volunteers) {
            this.volunteers = volunteers;
            this.held = new int[volunteers.size()];
            for (int i = 0; i < volunteers.size(); i++) {
                index.put(volunteers.get(i), i);
            }
        }

        void hold(Volunteer volunteer) {
            if (volunteer != null) {
                held[index.get(volunteer)]++;
            }
        }

        void release(Volunteer volunteer) {
            if (volunteer != null) {
                held[index.get(volunteer)]--;
            }
        }

        Volunteer volunteer(int[] assigned) {
            return assigned.length == 0 ? null : volunteers.get(assigned[0]);
        }

        int[][] assign(List<PairingRequest> requests, List<GroupVolunteerSlot> seats,
                Function<GroupVolunteerSlot, Set<Volunteer>> othersInGroup) {
            MinCostAssignment flow = new MinCostAssignment(requests.size() + seats.size(), volunteers.size(),
                    MatchCosts.LOAD_STEP);
            for (int i = 0; i < volunteers.size(); i++) {
                Volunteer volunteer = volunteers.get(i);
                flow.setColumn(i, Math.max(0, volunteer.freePlaces() - held[i]), volunteer.currentLoad() + held[i]);
            }
            for (int row = 0; row < requests.size(); row++) {
                PairingRequest request = requests.get(row);
                for (Volunteer volunteer : request.getCandidates()) {
                    flow.addArc(row, index.get(volunteer),
                            MatchCosts.assignment(request.getFamily(), request.askedCategories(), volunteer));
                }
            }
            for (int g = 0; g < seats.size(); g++) {
                SupportGroup group = seats.get(g).getGroup();
                Set<Volunteer> already = othersInGroup.apply(seats.get(g));
                Set<NeedCategory> uncovered = uncoveredBy(group, already);
                for (Volunteer volunteer : seats.get(g).getCandidates()) {
                    if (!already.contains(volunteer)) {
                        // covering a still-uncovered need is worth as much as filling a seat: both are one medium point
                        long covered = uncovered.stream().filter(volunteer::covers).count();
                        flow.addArc(requests.size() + g, index.get(volunteer),
                                MatchCosts.assignment(group.mother(), group.needs(), volunteer)
                                        - covered * MinCostAssignment.UNASSIGNED);
                    }
                }
            }
            int[][] assigned = flow.solve();
            for (int[] columns : assigned) {
                for (int column : columns) {
                    held[column]++;
                }
            }
            return assigned;
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

    private static boolean set(ScoreDirector<MatchingPlan> scoreDirector, PairingRequest request, Volunteer volunteer) {
        if (request.getVolunteer() == volunteer) {
            return false;
        }
        scoreDirector.beforeVariableChanged(request, "volunteer");
        request.setVolunteer(volunteer);
        scoreDirector.afterVariableChanged(request, "volunteer");
        return true;
    }

    private static boolean set(ScoreDirector<MatchingPlan> scoreDirector, GroupVolunteerSlot seat, Volunteer volunteer) {
        if (seat.getVolunteer() == volunteer) {
            return false;
        }
        scoreDirector.beforeVariableChanged(seat, "volunteer");
        seat.setVolunteer(volunteer);
        scoreDirector.afterVariableChanged(seat, "volunteer");
        return true;
    }
}
