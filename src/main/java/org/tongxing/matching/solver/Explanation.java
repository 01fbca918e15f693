package org.tongxing.matching.solver;

/** Why a match was proposed, in plain words for the cadre who approves it. */
public record Explanation(String zh, String en) {
}
