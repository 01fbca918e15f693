package org.tongxing.visit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tongxing.timeline.CaseEventKind;
import org.tongxing.timeline.CaseHistory;

/** What happened in a household's follow-up, fired as a CDI event by the change that did it; the timeline records each. */
public sealed interface VisitEvent extends CaseHistory {

    /** A home visit was recorded: its findings in words, never the notes. */
    record Recorded(Visit visit) implements VisitEvent {
        @Override
        public long householdId() {
            return visit.householdId;
        }

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.VISIT_RECORDED;
        }

        @Override
        public String summary() {
            return "Home visit recorded";
        }

        @Override
        public Map<String, Object> details() {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("visitId", visit.id);
            details.put("channel", visit.channel);
            details.put("visitedOn", visit.visitedOn.toString());
            putIfPresent(details, "livingConditions", visit.livingConditions);
            putIfPresent(details, "health", visit.health);
            putIfPresent(details, "schooling", visit.schooling);
            List<Long> posted = visit.noticedNeeds.stream().map(n -> n.needId).filter(id -> id != null).toList();
            if (!posted.isEmpty()) {
                details.put("needsPosted", posted);
            }
            return details;
        }

        private static void putIfPresent(Map<String, Object> map, String key, Object value) {
            if (value != null) {
                map.put(key, value);
            }
        }
    }

    record CodeIssued(VisitCode code) implements VisitEvent {
        @Override
        public long householdId() {
            return code.householdId;
        }

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.VISIT_CODE_ISSUED;
        }

        @Override
        public String summary() {
            return "Visit code issued";
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("generation", code.generation);
        }
    }

    record CodeRevoked(VisitCode code) implements VisitEvent {
        @Override
        public long householdId() {
            return code.householdId;
        }

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.VISIT_CODE_REVOKED;
        }

        @Override
        public String summary() {
            return "Visit code revoked";
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("generation", code.generation);
        }
    }
}
