package org.tongxing.matching.commitment;

import java.util.Set;

import org.tongxing.cadre.Cadre;
import org.tongxing.common.ConcurrentUpdate;
import org.tongxing.common.InvalidState;
import org.tongxing.common.NotFound;
import org.tongxing.matching.domain.Candidate;
import org.tongxing.matching.domain.Family;
import org.tongxing.matching.domain.GroupLeader;
import org.tongxing.matching.domain.KeptApart;
import org.tongxing.matching.run.MatchFacts;
import org.tongxing.matching.solver.Eligibility;
import org.tongxing.need.NeedCategory;
import org.tongxing.volunteer.Volunteer;

/**
 * What a seat or a lead given by hand must pass: the solver's own rule ({@link Eligibility}) over the facts a run
 * reads ({@link MatchFacts}). Taking the place bumps the person's version, as an accepted proposal does, so two hands
 * cannot fill one last place.
 */
final class HandRule {

    private HandRule() {
    }

    /** The volunteer may take a seat in the mother's group that serves these needs; 409 with the reason if not. */
    static Candidate seat(long volunteerId, Family mother, Set<NeedCategory> needs, Set<KeptApart> conflicts) {
        Candidate volunteer = MatchFacts.volunteer(volunteerId);
        if (volunteer == null) {
            throw new NotFound("volunteer", volunteerId);
        }
        String refusal = Eligibility.refusalForSeat(volunteer, mother, needs, conflicts);
        if (refusal != null) {
            throw new InvalidState("Volunteer " + volunteerId + " cannot take a seat in this group: " + refusal);
        }
        long version = Volunteer.<Volunteer>findById(volunteerId).version;
        if (Volunteer.update("version = version + 1 where id = ?1 and version = ?2", volunteerId, version) == 0) {
            throw new ConcurrentUpdate("volunteer", volunteerId);
        }
        return volunteer;
    }

    /** The cadre may lead the mother's group; 409 with the reason if not. */
    static void lead(long cadreId, Family mother) {
        GroupLeader cadre = MatchFacts.cadre(cadreId);
        if (cadre == null) {
            throw new NotFound("cadre", cadreId);
        }
        String refusal = Eligibility.refusalForLead(cadre, mother);
        if (refusal != null) {
            throw new InvalidState("Cadre " + cadreId + " cannot lead this group: " + refusal);
        }
        long version = Cadre.<Cadre>findById(cadreId).version;
        if (Cadre.update("version = version + 1 where id = ?1 and version = ?2", cadreId, version) == 0) {
            throw new ConcurrentUpdate("cadre", cadreId);
        }
    }
}
