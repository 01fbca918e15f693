package org.tongxing.privacy;

/** How much of a need someone is shown; decided in one place ({@code NeedAccess}) for every endpoint. */
public enum ViewLevel {
    /** Category, redacted description, street-level area, urgency, dates and the shape of the household. */
    PUBLIC,
    /** PUBLIC plus the contact person's name and phone, once the claim is accepted and the family consented. */
    CLAIMANT,
    /** Everything: the household's own workers, administrators and the family itself. */
    CASE_WORKER
}
