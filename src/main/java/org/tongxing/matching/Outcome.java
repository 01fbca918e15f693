package org.tongxing.matching;

/** How a family fares in one dimension, as the cadre judges it at a review. */
public enum Outcome {
    BETTER, SAME, WORSE
}
