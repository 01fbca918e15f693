package org.tongxing.matching.solver;

import java.util.List;

import org.tongxing.matching.domain.Cadre;
import org.tongxing.matching.domain.MatchingConflict;
import org.tongxing.matching.domain.PairingRequest;
import org.tongxing.matching.domain.SupportGroup;
import org.tongxing.matching.domain.Volunteer;

/** Everything a matching run reads, as plain objects built from database rows. */
public record MatchingProblem(List<Volunteer> volunteers, List<Cadre> cadres, List<PairingRequest> pairingRequests,
        List<SupportGroup> groups, List<MatchingConflict> conflicts) {

    public MatchingProblem {
        volunteers = List.copyOf(volunteers);
        cadres = List.copyOf(cadres);
        pairingRequests = List.copyOf(pairingRequests);
        groups = List.copyOf(groups);
        conflicts = List.copyOf(conflicts);
    }
}
