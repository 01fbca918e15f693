package org.tongxing.claim;

/**
 * What a step of a claim did ({@link ClaimEvent#outcome()}), as the metrics count it. Every outcome but
 * {@link #CONFLICT} is a change that holds once its transaction commits; a conflict is a refusal, announced
 * although (because) its transaction rolls back.
 */
public enum ClaimOutcome {
    /** A claim was made and awaits acceptance. */
    CLAIMED,
    /** Someone else had claimed the need, or won the race for it: 409, nothing written. */
    CONFLICT,
    ACCEPTED,
    DECLINED,
    RELEASED,
    /** The first service under an accepted claim was logged. */
    DELIVERED,
    CONFIRMED,
    /** Not accepted in time, or no service logged by the promised date plus the grace period. */
    EXPIRED;

    public boolean isRefusal() {
        return this == CONFLICT;
    }
}
