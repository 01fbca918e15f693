package org.tongxing.claim;

/**
 * Where a claimant stands against the fairness limits, shown on the board so that a refusal is never a
 * surprise: open claims against the limit, and the completion ratio once it counts.
 */
public record Standing(int openClaims, int openLimit, int finishedClaims, int completedClaims, Double completionRatio,
        boolean mayClaim, String refusal) {

    /** {@code refusal} when the claimant holds as many open claims as they may (the board shows it as why not). */
    public static final String LIMIT_REACHED = "claim-limit-reached";
    /** {@code refusal} when too few of the claimant's finished claims were completed. */
    public static final String RATIO_TOO_LOW = "completion-ratio-too-low";
}
