package org.tongxing.timeline;

import java.time.Instant;
import java.util.Map;

public record CaseEventView(long id, Long needId, Instant occurredAt, String actor, CaseEventKind kind,
        String summary, Map<String, Object> details) {

    public static CaseEventView from(CaseEvent event) {
        return new CaseEventView(event.id, event.needId, event.occurredAt, event.actor, event.kind, event.summary,
                event.details == null ? Map.of() : event.details);
    }
}
