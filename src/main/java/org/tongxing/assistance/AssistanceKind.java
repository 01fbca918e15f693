package org.tongxing.assistance;

/** One-off assistance given to a household: money, goods (counted at their value), a festival visit (走访慰问). */
public enum AssistanceKind {
    CASH,
    IN_KIND,
    FESTIVAL_VISIT
}
