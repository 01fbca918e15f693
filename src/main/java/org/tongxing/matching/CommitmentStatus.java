package org.tongxing.matching;

/** Whether a pair or a support group still runs. */
public enum CommitmentStatus {
    ACTIVE, ENDED
}
