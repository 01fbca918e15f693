package org.tongxing.matching.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.tongxing.matching.CommitmentStatus;
import org.tongxing.matching.OpenProposals;
import org.tongxing.matching.Pairing;
import org.tongxing.matching.RunKind;
import org.tongxing.matching.domain.PairingRequest;
import org.tongxing.matching.solver.MatchingProblem;
import org.tongxing.need.Need;
import org.tongxing.need.NeedStatus;

/**
 * A PAIRS run's problem: every open need in scope that asks for a long-term partner and that no open group proposal
 * would take, plus the active pairs of the scope's households, pinned. A request is identified by its need's id.
 * Places held by open proposals of groups count as the volunteers' load.
 */
final class PairsProblem {

    private PairsProblem() {
    }

    static ProblemLoader.Loaded load(String scope) {
        String like = scope + "%";
        OpenProposals.Held held = OpenProposals.besides(RunKind.PAIRS, scope);
        List<Need> open = Need.<Need>list("longTerm = true and status = ?1 and areaCode like ?2 order by id",
                NeedStatus.OPEN, like).stream().filter(n -> !held.needs().contains(n.id)).toList();
        List<Pairing> active = Pairing.list("status = ?1 and householdId in (select h.id from Household h "
                + "where h.areaCode like ?2) order by id", CommitmentStatus.ACTIVE, like);
        Map<Long, Need> pairedNeeds = active.isEmpty() ? Map.of() : Need.<Need>list("id in ?1",
                active.stream().map(p -> p.needId).toList()).stream()
                .collect(Collectors.toMap(n -> n.id, Function.identity()));

        Set<Long> households = new HashSet<>();
        open.forEach(n -> households.add(n.householdId));
        active.forEach(p -> households.add(p.householdId));
        Families families = Families.of(households);

        List<PairingRequest> requests = new ArrayList<>();
        open.forEach(n -> requests.add(new PairingRequest(n.id, n.id, n.category, families.forNeed(n), null)));
        Map<Long, Integer> pinned = new HashMap<>();
        for (Pairing p : active) {
            requests.add(new PairingRequest(p.needId, p.needId, pairedNeeds.get(p.needId).category,
                    families.forNeed(pairedNeeds.get(p.needId)), p.volunteerId));
            pinned.merge(p.volunteerId, 1, Integer::sum);
        }
        var volunteers = HelperPool.volunteers(scope.substring(0, 6), pinned, held.places());
        MatchingProblem problem = new MatchingProblem(volunteers, List.of(), requests, List.of(),
                ProblemLoader.conflicts(households));
        return new ProblemLoader.Loaded(problem, requests.size(), volunteers.size(), active.size());
    }
}
