package org.tongxing.matching;

import java.util.EnumSet;
import java.util.Set;

/** QUEUED → SOLVING → COMPLETED (time up) or STOPPED (stopped early); FAILED when it errs or its instance dies. */
public enum RunStatus {
    QUEUED, SOLVING, COMPLETED, STOPPED, FAILED;

    public static final Set<RunStatus> ACTIVE = EnumSet.of(QUEUED, SOLVING);

    public boolean isActive() {
        return ACTIVE.contains(this);
    }
}
