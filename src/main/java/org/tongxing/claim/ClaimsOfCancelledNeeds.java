package org.tongxing.claim;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.tongxing.need.Need;
import org.tongxing.need.NeedCancellationListener;
import org.tongxing.notification.Notifier;
import org.tongxing.notification.Recipients;
import org.tongxing.timeline.CaseEventKind;
import org.tongxing.timeline.Timeline;

/** A cancelled need ends its active claim, and the claimant is told. */
@ApplicationScoped
public class ClaimsOfCancelledNeeds implements NeedCancellationListener {

    @Inject
    Notifier notifier;

    @Inject
    Recipients recipients;

    @Inject
    Claimants claimants;

    @Inject
    Timeline timeline;

    @Inject
    Event<ClaimOutcome> outcomes;

    @Override
    public void needCancelled(Need need) {
        Claim claim = Claim.find("needId = ?1 and status in ?2", need.id, ClaimStatus.ACTIVE).firstResult();
        if (claim == null) {
            return;
        }
        ClaimTransitions.end(claim, ClaimStatus.DECLINED, "need cancelled");
        claim.updatedAt = claim.endedAt;
        outcomes.fire(ClaimOutcome.DECLINED);
        timeline.record(need.householdId, need.id, CaseEventKind.CLAIM_DECLINED, "Claim ended: need cancelled",
                Map.of("claimId", claim.id));
        notifier.send(claimants.accountsOf(claim), ClaimNotices.needCancelled(need, claim));
    }
}
