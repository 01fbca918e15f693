package org.tongxing.matching.run;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.tongxing.cadre.Cadre;
import org.tongxing.matching.CommitmentLoad;
import org.tongxing.matching.MatchingConflict;
import org.tongxing.matching.domain.Candidate;
import org.tongxing.matching.domain.Family;
import org.tongxing.matching.domain.GroupLeader;
import org.tongxing.matching.domain.KeptApart;
import org.tongxing.volunteer.Volunteer;

/**
 * One volunteer and one family as a run would see them, for a pair or seat a cadre makes by hand: the same facts
 * the solver's candidate lists are built from, so the same eligibility rules decide.
 */
public final class MatchFacts {

    private MatchFacts() {
    }

    /** The volunteer with everything they hold as current load; null if there is no such volunteer. */
    public static Candidate volunteer(long volunteerId) {
        Volunteer v = Volunteer.findById(volunteerId);
        return v == null ? null : HelperPool.candidate(v, CommitmentLoad.ofVolunteer(volunteerId));
    }

    /** The cadre with the groups they lead as current load; null if there is no such cadre. */
    public static GroupLeader cadre(long cadreId) {
        Cadre c = Cadre.findById(cadreId);
        return c == null ? null : new GroupLeader(c.id, c.areaCode, c.capacity, CommitmentLoad.ofCadre(cadreId));
    }

    public static Family family(long householdId) {
        return Families.of(List.of(householdId)).get(householdId);
    }

    public static Set<KeptApart> conflicts(long householdId) {
        return MatchingConflict.<MatchingConflict>list("householdId", householdId).stream()
                .map(c -> new KeptApart(c.volunteerId, c.householdId)).collect(Collectors.toSet());
    }
}
