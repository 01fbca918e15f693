package org.tongxing.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.tongxing.need.Need;
import org.tongxing.need.NeedCancellationListener;

/** A cancelled need ends its active claim; the claimant is told (see {@link ClaimNotices}). */
@ApplicationScoped
public class ClaimsOfCancelledNeeds implements NeedCancellationListener {

    @Inject
    Event<ClaimEvent> events;

    @Override
    public void needCancelled(Need need) {
        Claim claim = Claim.find("needId = ?1 and status in ?2", need.id, ClaimStatus.ACTIVE).firstResult();
        if (claim == null) {
            return;
        }
        ClaimTransitions.end(claim, ClaimStatus.DECLINED, "need cancelled");
        claim.updatedAt = claim.endedAt;
        events.fire(new ClaimEvent.EndedWithNeed(claim, need));
    }
}
