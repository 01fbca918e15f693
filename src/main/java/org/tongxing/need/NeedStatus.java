package org.tongxing.need;

/** OPEN → CLAIMED (a claim awaits acceptance) → IN_PROGRESS → FULFILLED; CANCELLED from any unfinished state. */
public enum NeedStatus {
    OPEN, CLAIMED, IN_PROGRESS, FULFILLED, CANCELLED;

    public boolean isFinished() {
        return this == FULFILLED || this == CANCELLED;
    }
}
