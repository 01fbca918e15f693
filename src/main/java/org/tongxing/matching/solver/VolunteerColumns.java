package org.tongxing.matching.solver;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.tongxing.matching.domain.Candidate;
import org.tongxing.matching.domain.FormingGroup;
import org.tongxing.matching.domain.GroupVolunteerSlot;
import org.tongxing.matching.domain.PairingRequest;
import org.tongxing.need.NeedCategory;

/** The volunteers as columns of the seed's flows, with the places each holds outside the rows being placed. */
final class VolunteerColumns {

    private final List<Candidate> volunteers;
    private final Map<Candidate, Integer> index = new HashMap<>();
    private final int[] held;

    VolunteerColumns(List<Candidate> volunteers) {
        this.volunteers = volunteers;
        this.held = new int[volunteers.size()];
        for (int i = 0; i < volunteers.size(); i++) {
            index.put(volunteers.get(i), i);
        }
    }

    void hold(Candidate volunteer) {
        if (volunteer != null) {
            held[index.get(volunteer)]++;
        }
    }

    void release(Candidate volunteer) {
        if (volunteer != null) {
            held[index.get(volunteer)]--;
        }
    }

    Candidate volunteer(int[] assigned) {
        return assigned.length == 0 ? null : volunteers.get(assigned[0]);
    }

    int[][] assign(List<PairingRequest> requests, List<GroupVolunteerSlot> seats,
            Function<GroupVolunteerSlot, Set<Candidate>> othersInGroup) {
        MinCostAssignment flow = new MinCostAssignment(requests.size() + seats.size(), volunteers.size(),
                MatchCosts.LOAD_STEP);
        for (int i = 0; i < volunteers.size(); i++) {
            Candidate volunteer = volunteers.get(i);
            flow.setColumn(i, Math.max(0, volunteer.freePlaces() - held[i]), volunteer.currentLoad() + held[i]);
        }
        for (int row = 0; row < requests.size(); row++) {
            PairingRequest request = requests.get(row);
            for (Candidate volunteer : request.getCandidates()) {
                flow.addArc(row, index.get(volunteer),
                        MatchCosts.assignment(request.getFamily(), request.askedCategories(), volunteer)
                                - gainBeyondOnePoint(MatchCosts.UNANSWERED_REQUEST));
            }
        }
        for (int g = 0; g < seats.size(); g++) {
            FormingGroup group = seats.get(g).getGroup();
            Set<Candidate> already = othersInGroup.apply(seats.get(g));
            Set<NeedCategory> uncovered = uncoveredBy(group, already);
            for (Candidate volunteer : seats.get(g).getCandidates()) {
                if (!already.contains(volunteer)) {
                    long covered = uncovered.stream().filter(volunteer::covers).count();
                    flow.addArc(requests.size() + g, index.get(volunteer), MatchCosts.seat(group, volunteer)
                            - gainBeyondOnePoint(MatchCosts.EMPTY_SEAT + covered * MatchCosts.UNCOVERED_NEED));
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

    /**
     * A row left unassigned costs the flow one {@link MinCostAssignment#UNASSIGNED}, i.e. one medium point; an
     * assignment that saves {@code points} medium points (a pair answered, a seat filled plus the needs it newly
     * covers) is made cheaper by the rest, so the flow weighs rows as the score does.
     */
    private static long gainBeyondOnePoint(long points) {
        return (points - 1) * MinCostAssignment.UNASSIGNED;
    }

    private static Set<NeedCategory> uncoveredBy(FormingGroup group, Set<Candidate> members) {
        Set<NeedCategory> uncovered = new HashSet<>(group.needs());
        members.forEach(member -> uncovered.removeAll(member.skills()));
        return uncovered;
    }
}
