package org.tongxing.matching.commitment;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.common.ConcurrentUpdate;
import org.tongxing.common.NotAllowed;
import org.tongxing.common.NotFound;
import org.tongxing.common.Timestamps;
import org.tongxing.household.Household;
import org.tongxing.matching.CommitmentStatus;
import org.tongxing.matching.MatchingEvent;
import org.tongxing.matching.Pairing;
import org.tongxing.matching.commitment.Parties.Party;
import org.tongxing.need.Need;

/**
 * Ends a pair by hand ("the child moved away", "goal reached"): its case workers or its volunteer. In one
 * transaction the pair ends, its need opens again (or is FULFILLED), the household's timeline records it and the
 * other party is told.
 */
@ApplicationScoped
public class PairEnding {

    @Inject
    Event<MatchingEvent> events;

    @Inject
    Parties parties;

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
            throw new NotAllowed(
                    "Only the household's case workers can mark the need fulfilled; end the pair without \"completed\"");
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
        events.fire(new MatchingEvent.PairingEnded(pairing,
                party == Party.VOLUNTEER ? MatchingEvent.Cause.VOLUNTEER : MatchingEvent.Cause.CASE_WORKER,
                need.status));
        pairing.endKind = ending.kind();
        SteppedBack.afterEnd(ending.kind(), party == Party.VOLUNTEER, pairing.volunteerId, household.id,
                pairing.endReason, parties.userId(), now);
        Pairing.getEntityManager().flush();
        return EndedPairing.from(pairing, need);
    }
}
