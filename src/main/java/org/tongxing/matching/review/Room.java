package org.tongxing.matching.review;

import java.util.Set;
import java.util.function.Function;

import org.tongxing.cadre.Cadre;
import org.tongxing.common.ConcurrentUpdate;
import org.tongxing.matching.domain.Candidate;
import org.tongxing.matching.domain.Family;
import org.tongxing.matching.domain.GroupLeader;
import org.tongxing.matching.domain.KeptApart;
import org.tongxing.matching.run.MatchFacts;
import org.tongxing.matching.solver.Eligibility;
import org.tongxing.need.NeedCategory;
import org.tongxing.volunteer.Volunteer;

/**
 * Whether a volunteer or cadre can still take the place a proposal gives them, checked as the proposal is accepted by
 * the solver's own rule ({@link Eligibility}) over the facts a run reads ({@link MatchFacts}): a proposal fails only
 * for what changed since its run. Taking the place bumps their version where it was read: two acceptances racing for
 * someone's last place cannot both commit (the second finds the version moved on and gets a 409).
 */
final class Room {

    private Room() {
    }

    static void requireForPair(long volunteerId, long householdId, NeedCategory category) {
        require(volunteerId, householdId,
                (volunteer, family, conflicts) -> Eligibility.refusalForPair(volunteer, family, category, conflicts));
    }

    static void requireForSeat(long volunteerId, long householdId, Set<NeedCategory> needs) {
        require(volunteerId, householdId,
                (volunteer, family, conflicts) -> Eligibility.refusalForSeat(volunteer, family, needs, conflicts));
    }

    static void requireCadre(long cadreId, long householdId) {
        GroupLeader cadre = MatchFacts.cadre(cadreId);
        String refusal = cadre == null ? "no such cadre"
                : Eligibility.refusalForLead(cadre, MatchFacts.family(householdId));
        if (refusal != null) {
            throw new ProposalOutdated(cadre == null || cadre.freePlaces() <= 0
                    ? "Cadre " + cadreId + " leads as many groups as they can"
                    : "Cadre " + cadreId + " cannot lead this group: " + refusal);
        }
        long version = Cadre.<Cadre>findById(cadreId).version;
        if (Cadre.update("version = version + 1 where id = ?1 and version = ?2", cadreId, version) == 0) {
            throw new ConcurrentUpdate("cadre", cadreId);
        }
    }

    /** The rule's answer for one volunteer and the family */
    private interface Rule {
        String refusal(Candidate volunteer, Family family, Set<KeptApart> conflicts);
    }

    private static void require(long volunteerId, long householdId, Rule rule) {
        Candidate volunteer = MatchFacts.volunteer(volunteerId);
        if (volunteer == null || !volunteer.isVetted()) {
            throw new ProposalOutdated("Volunteer " + volunteerId + " is no longer vetted");
        }
        Set<KeptApart> conflicts = MatchFacts.conflicts(householdId);
        String refusal = rule.refusal(volunteer, MatchFacts.family(householdId), conflicts);
        if (refusal != null) {
            throw new ProposalOutdated(outdated(volunteer, householdId, conflicts).apply(refusal));
        }
        long version = Volunteer.<Volunteer>findById(volunteerId).version;
        if (Volunteer.update("version = version + 1 where id = ?1 and version = ?2", volunteerId, version) == 0) {
            throw new ConcurrentUpdate("volunteer", volunteerId);
        }
    }

    /** The words acceptance always used for a full place or a conflict; the rule's own reason for anything else. */
    private static Function<String, String> outdated(Candidate volunteer, long householdId,
            Set<KeptApart> conflicts) {
        if (volunteer.freePlaces() <= 0) {
            return refusal -> "Volunteer " + volunteer.id() + " has no free place any more (capacity "
                    + volunteer.capacity() + ", holds " + volunteer.currentLoad() + ")";
        }
        if (conflicts.contains(new KeptApart(volunteer.id(), householdId))) {
            return refusal -> "A conflict between volunteer " + volunteer.id() + " and this family was recorded";
        }
        return refusal -> "Volunteer " + volunteer.id() + " can no longer serve this family: " + refusal;
    }
}
