package org.tongxing.matching.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tongxing.matching.domain.Candidate;
import org.tongxing.matching.domain.MatchingPlan;
import org.tongxing.matching.domain.PairingRequest;
import org.tongxing.matching.solver.MatchCosts;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * The exact optimum of a pairs-only plan with OR-Tools' min-cost flow: max flow (fewest unassigned requests)
 * at min cost, the convex load cost as parallel volunteer->sink arcs. Independent of Tongxing's own flow code.
 */
final class ExactPairs {

    private ExactPairs() {
    }

    /** Writes the optimum into the plan (confirmed requests untouched). */
    static void solve(MatchingPlan plan) {
        List<Candidate> volunteers = plan.getVolunteers();
        Map<Candidate, Integer> index = new HashMap<>();
        for (int i = 0; i < volunteers.size(); i++) {
            index.put(volunteers.get(i), i);
        }
        int[] held = new int[volunteers.size()];
        List<PairingRequest> open = new ArrayList<>();
        for (PairingRequest request : plan.getPairingRequests()) {
            if (request.isConfirmed()) {
                held[index.get(request.getVolunteer())]++;
            } else {
                open.add(request);
            }
        }
        int source = 0, firstVolunteer = 1 + open.size(), sink = firstVolunteer + volunteers.size();
        MinCostFlow flow = new MinCostFlow();
        List<int[]> requestArcs = new ArrayList<>();
        for (int r = 0; r < open.size(); r++) {
            PairingRequest request = open.get(r);
            flow.addArcWithCapacityAndUnitCost(source, 1 + r, 1, 0);
            for (Candidate volunteer : request.getCandidates()) {
                int arc = flow.addArcWithCapacityAndUnitCost(1 + r, firstVolunteer + index.get(volunteer), 1,
                        MatchCosts.assignment(request.getFamily(), request.askedCategories(), volunteer));
                requestArcs.add(new int[] {arc, r, index.get(volunteer)});
            }
        }
        for (int v = 0; v < volunteers.size(); v++) {
            Candidate volunteer = volunteers.get(v);
            int base = volunteer.currentLoad() + held[v];
            for (int k = 0; k < volunteer.freePlaces() - held[v]; k++) {
                flow.addArcWithCapacityAndUnitCost(firstVolunteer + v, sink, 1, MatchCosts.marginalLoad(base + k));
            }
        }
        flow.setNodeSupply(source, open.size());
        flow.setNodeSupply(sink, -open.size());
        if (flow.solveMaxFlowWithMinCost() != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("OR-Tools min-cost flow did not reach an optimum");
        }
        open.forEach(request -> request.setVolunteer(null));
        for (int[] arc : requestArcs) {
            if (flow.getFlow(arc[0]) > 0) {
                open.get(arc[1]).setVolunteer(volunteers.get(arc[2]));
            }
        }
    }
}
