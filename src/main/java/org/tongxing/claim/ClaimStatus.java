package org.tongxing.claim;

import java.util.EnumSet;
import java.util.Set;

/**
 * PENDING (awaiting the household's worker) → ACCEPTED (contact shared, need IN_PROGRESS) → DELIVERED (service
 * logged) → CONFIRMED (need FULFILLED). A claim leaves the path as DECLINED, RELEASED (by the claimant) or EXPIRED.
 */
public enum ClaimStatus {
    PENDING, ACCEPTED, DELIVERED, CONFIRMED, DECLINED, RELEASED, EXPIRED;

    /** The states the database allows only one of per need. */
    public static final Set<ClaimStatus> ACTIVE = EnumSet.of(PENDING, ACCEPTED, DELIVERED);
    /** The states in which the claimant works with the family and sees its contact. */
    public static final Set<ClaimStatus> WORKING = EnumSet.of(ACCEPTED, DELIVERED);

    public boolean isActive() {
        return ACTIVE.contains(this);
    }
}
