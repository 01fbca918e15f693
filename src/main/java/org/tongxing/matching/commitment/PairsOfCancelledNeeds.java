package org.tongxing.matching.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.tongxing.common.Timestamps;
import org.tongxing.matching.CommitmentStatus;
import org.tongxing.matching.MatchingEvent;
import org.tongxing.matching.NeedLeftMatching;
import org.tongxing.matching.Pairing;
import org.tongxing.need.Need;
import org.tongxing.need.NeedCancellationListener;

/** A cancelled need ends its pair (the volunteer is told) and leaves any matching run that is solving it. */
@ApplicationScoped
public class PairsOfCancelledNeeds implements NeedCancellationListener {

    @Inject
    Event<MatchingEvent> events;

    @Inject
    Event<NeedLeftMatching> leftMatching;

    @Override
    public void needCancelled(Need need) {
        Pairing pairing = Pairing.find("needId = ?1 and status = ?2", need.id, CommitmentStatus.ACTIVE).firstResult();
        if (pairing != null) {
            pairing.status = CommitmentStatus.ENDED;
            pairing.endedAt = Timestamps.now();
            pairing.updatedAt = pairing.endedAt;
            pairing.endReason = "need cancelled";
            events.fire(new MatchingEvent.PairingEnded(pairing, MatchingEvent.Cause.NEED_CANCELLED, null));
        }
        if (need.longTerm) {
            leftMatching.fire(new NeedLeftMatching(need.id, need.areaCode));
        }
    }
}
