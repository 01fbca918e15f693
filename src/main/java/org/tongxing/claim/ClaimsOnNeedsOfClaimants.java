package org.tongxing.claim;

import java.util.EnumSet;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.tongxing.account.Viewer;
import org.tongxing.need.ClaimsOnNeeds;

/** Answers, from the claims table, what a claimant's claims let them see of a need. */
@ApplicationScoped
public class ClaimsOnNeedsOfClaimants implements ClaimsOnNeeds {

    @Override
    public OptionalLong working(long needId, Viewer viewer) {
        Claim working = Claim.ofClaimant(needId, viewer.volunteerId(), viewer.organisationId(), ClaimStatus.WORKING);
        return working == null ? OptionalLong.empty() : OptionalLong.of(working.id);
    }

    @Override
    public boolean everClaimed(long needId, Viewer viewer) {
        return Claim.ofClaimant(needId, viewer.volunteerId(), viewer.organisationId(),
                EnumSet.allOf(ClaimStatus.class)) != null;
    }
}
