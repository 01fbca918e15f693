package org.tongxing.visit;

/** Whether a visit met the family, or found nobody at home (which does not count as the scheduled visit). */
public enum VisitOutcome {
    MET,
    NOBODY_HOME
}
