package org.tongxing.claim;

/**
 * Where a claimant stands against the fairness limits, shown on the board so that a refusal is never a
 * surprise: open claims against the limit, and the completion ratio once it counts.
 */
public record Standing(int openClaims, int openLimit, int finishedClaims, int completedClaims, Double completionRatio,
        boolean mayClaim, String refusal) {
}
