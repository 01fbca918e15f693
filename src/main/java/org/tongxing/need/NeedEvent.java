package org.tongxing.need;

import java.util.List;
import java.util.Map;

import org.tongxing.timeline.CaseEventKind;
import org.tongxing.timeline.CaseHistory;

/** What happened to a need, fired as a CDI event by the change that did it; the timeline records each. */
public sealed interface NeedEvent extends CaseHistory {

    Need need();

    @Override
    default long householdId() {
        return need().householdId;
    }

    @Override
    default Long needId() {
        return need().id;
    }

    record Posted(Need need) implements NeedEvent {
        @Override
        public CaseEventKind kind() {
            return CaseEventKind.NEED_POSTED;
        }

        @Override
        public String summary() {
            return "Need posted: " + need.category;
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("category", need.category, "urgency", need.urgency);
        }
    }

    /** @param fields the fields whose value changed, never empty */
    record Updated(Need need, List<String> fields) implements NeedEvent {
        @Override
        public CaseEventKind kind() {
            return CaseEventKind.NEED_UPDATED;
        }

        @Override
        public String summary() {
            return "Need updated: " + String.join(", ", fields);
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("fields", fields);
        }
    }

    /** @param from the status the need was cancelled from */
    record Cancelled(Need need, NeedStatus from) implements NeedEvent {
        @Override
        public CaseEventKind kind() {
            return CaseEventKind.NEED_CANCELLED;
        }

        @Override
        public String summary() {
            return "Need cancelled";
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("from", from, "reason", need.cancelReason);
        }
    }

    /** By a worker or cadre with their reason, or on its own after waiting too long at a level. */
    record Escalated(Need need, Visibility from, String reason) implements NeedEvent {
        @Override
        public CaseEventKind kind() {
            return CaseEventKind.NEED_ESCALATED;
        }

        @Override
        public String summary() {
            return "Need escalated to " + need.visibility;
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("from", from, "to", need.visibility, "reason", reason);
        }
    }
}
