package org.tongxing.matching;

/** The mid-term and the final evaluation of a pair or group. */
public enum ReviewKind {
    MIDTERM, FINAL
}
