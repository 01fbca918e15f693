package org.tongxing.demo;

import java.time.Instant;
import java.util.Map;

import org.tongxing.timeline.CaseEvent;
import org.tongxing.timeline.CaseEventKind;

/** Writes timeline entries dated in the past, as the history of the demo files. */
final class DemoTimeline {

    static final String ACTOR = "demo-data";

    void record(long householdId, Long needId, Instant at, CaseEventKind kind, String summary,
            Map<String, Object> details) {
        CaseEvent event = new CaseEvent();
        event.householdId = householdId;
        event.needId = needId;
        event.occurredAt = at;
        event.actor = ACTOR;
        event.kind = kind;
        event.summary = summary;
        event.details = details;
        event.persist();
    }
}
