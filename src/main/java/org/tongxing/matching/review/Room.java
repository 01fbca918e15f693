package org.tongxing.matching.review;

import org.tongxing.cadre.Cadre;
import org.tongxing.common.ConcurrentUpdate;
import org.tongxing.common.VettingStatus;
import org.tongxing.matching.CommitmentLoad;
import org.tongxing.matching.MatchingConflict;
import org.tongxing.volunteer.Volunteer;

/**
 * Whether a volunteer or cadre can still take the place a proposal gives them, checked as the proposal is
 * accepted. Taking it bumps their version where it was read: two acceptances racing for someone's last place
 * cannot both commit (the second finds the version moved on and gets a 409).
 */
final class Room {

    private Room() {
    }

    static void requireVolunteer(long volunteerId, long householdId) {
        Volunteer v = Volunteer.findById(volunteerId);
        if (v == null || v.vettingStatus != VettingStatus.VETTED) {
            throw new ProposalOutdated("Volunteer " + volunteerId + " is no longer vetted");
        }
        int held = CommitmentLoad.ofVolunteer(volunteerId);
        if (v.capacity - held < 1) {
            throw new ProposalOutdated(
                    "Volunteer " + volunteerId + " has no free place any more (capacity " + v.capacity
                            + ", holds " + held + ")");
        }
        if (MatchingConflict.count("volunteerId = ?1 and householdId = ?2", volunteerId, householdId) > 0) {
            throw new ProposalOutdated("A conflict between volunteer " + volunteerId + " and this family was recorded");
        }
        if (Volunteer.update("version = version + 1 where id = ?1 and version = ?2", volunteerId, v.version) == 0) {
            throw new ConcurrentUpdate("volunteer", volunteerId);
        }
    }

    static void requireCadre(long cadreId) {
        Cadre c = Cadre.findById(cadreId);
        int led = CommitmentLoad.ofCadre(cadreId);
        if (c == null || c.capacity - led < 1) {
            throw new ProposalOutdated("Cadre " + cadreId + " leads as many groups as they can");
        }
        if (Cadre.update("version = version + 1 where id = ?1 and version = ?2", cadreId, c.version) == 0) {
            throw new ConcurrentUpdate("cadre", cadreId);
        }
    }
}
