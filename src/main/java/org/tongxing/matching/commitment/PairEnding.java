package org.tongxing.matching.commitment;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.common.Timestamps;
import org.tongxing.household.Household;
import org.tongxing.matching.CommitmentStatus;
import org.tongxing.matching.MatchingNotices;
import org.tongxing.matching.Pairing;
import org.tongxing.matching.commitment.Parties.Party;
import org.tongxing.need.Need;
import org.tongxing.notification.Notifier;
import org.tongxing.notification.Recipients;
import org.tongxing.timeline.CaseEventKind;
import org.tongxing.timeline.Timeline;
import org.tongxing.common.ConcurrentUpdate;
import org.tongxing.common.NotAllowed;
import org.tongxing.common.NotFound;

/**
 * Ends a pair by hand ("the child moved away", "goal reached"): its case workers or its volunteer. In one
 * transaction the pair ends, its need opens again (or is FULFILLED), the household's timeline records it and the
 * other party is told.
 */
@ApplicationScoped
public class PairEnding {

    @Inject
    Parties parties;

    @Inject
    Timeline timeline;

    @Inject
    Notifier notifier;

    @Inject
    Recipients recipients;

    @Transactional
    public EndedPairing end(long id, Ending ending) {
        Pairing pairing = Pairing.<Pairing>findByIdOptional(id).orElseThrow(() -> new NotFound("pairing", id));
        Household household = Household.findById(pairing.householdId);
        Party party = parties.of(household, List.of(pairing.volunteerId), "pairing", id);
        if (pairing.status == CommitmentStatus.ENDED) {
            throw new CommitmentEnded("The pairing " + id + " ended at " + pairing.endedAt);
        }
        if (ending.fulfils() && party == Party.VOLUNTEER) {
            // Whether a need was met is the family's and its workers' call, as with a claim's confirmation.
            throw new NotAllowed("Only the household's case workers can mark the need fulfilled; end the pair without \"completed\"");
        }
        if (pairing.version != ending.version()) {
            throw new ConcurrentUpdate("pairing", id);
        }
        Instant now = Timestamps.now();
        pairing.status = CommitmentStatus.ENDED;
        pairing.endedAt = now;
        pairing.updatedAt = now;
        pairing.endReason = Parties.reason(ending.reason(), household);
        Need need = Need.findById(pairing.needId);
        NeedsServed.settle(need, ending.fulfils(), now);
        timeline.record(household.id, need.id, CaseEventKind.PAIRING_ENDED,
                party == Party.VOLUNTEER ? "Pair ended by the volunteer" : "Pair ended by a case worker",
                Map.of("pairingId", id, "volunteerId", pairing.volunteerId, "reason", pairing.endReason,
                        "needStatus", need.status));
        if (party == Party.VOLUNTEER) {
            SteppedBack.remember(pairing.volunteerId, household.id, pairing.endReason, parties.userId(), now);
            notifier.send(recipients.caseWorkersOf(household.areaCode), MatchingNotices.volunteerEndedPairing(pairing));
        } else {
            notifier.send(MatchingNotices.volunteerAccounts(pairing.volunteerId), MatchingNotices.pairingEnded(pairing));
        }
        Pairing.getEntityManager().flush();
        return EndedPairing.from(pairing, need);
    }
}
