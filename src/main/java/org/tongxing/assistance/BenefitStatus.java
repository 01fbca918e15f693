package org.tongxing.assistance;

/** Where a benefit stands: a worker considers it, the household applies, the department grants or refuses, it ends. */
public enum BenefitStatus {
    CONSIDERING,
    APPLIED,
    GRANTED,
    REFUSED,
    ENDED
}
