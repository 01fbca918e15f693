package org.tongxing.visit;

/** The outcome of one structured check of a visit (living conditions, health, schooling). */
public enum CheckResult {
    FINE,
    /** Worth watching, or a need to follow up. */
    CONCERN,
    /** Needs action soon. */
    SERIOUS,
    /** Does not apply to this household (no child at school, say). */
    NOT_APPLICABLE
}
