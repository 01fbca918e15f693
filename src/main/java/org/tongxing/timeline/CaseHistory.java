package org.tongxing.timeline;

import java.util.Map;

/**
 * A change that a case file's history records. The feature that made the change fires it as a CDI event; the
 * {@link Timeline} observes every one, synchronously, so the entry commits with the change or not at all. The
 * summary and details name fields and states, never personal data.
 */
public interface CaseHistory {

    long householdId();

    /** The need the change concerns, if any. */
    default Long needId() {
        return null;
    }

    CaseEventKind kind();

    String summary();

    Map<String, Object> details();
}
