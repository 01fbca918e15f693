package org.tongxing.matching;

/** What a matching run forms: long-term one-to-one pairs, or 1+3+1 support groups around pillar mothers. */
public enum RunKind {
    PAIRS, GROUPS
}
