package org.tongxing.matching.solver;

import java.util.List;

import org.tongxing.matching.domain.Candidate;
import org.tongxing.matching.domain.FormingGroup;
import org.tongxing.matching.domain.GroupLeader;
import org.tongxing.matching.domain.KeptApart;
import org.tongxing.matching.domain.PairingRequest;

/** Everything a matching run reads, as plain objects built from database rows. */
public record MatchingProblem(List<Candidate> volunteers, List<GroupLeader> cadres,
        List<PairingRequest> pairingRequests,
        List<FormingGroup> groups, List<KeptApart> conflicts) {

    public MatchingProblem {
        volunteers = List.copyOf(volunteers);
        cadres = List.copyOf(cadres);
        pairingRequests = List.copyOf(pairingRequests);
        groups = List.copyOf(groups);
        conflicts = List.copyOf(conflicts);
    }
}
