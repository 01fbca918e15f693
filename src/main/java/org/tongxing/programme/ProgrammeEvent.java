package org.tongxing.programme;

import java.util.Map;

import org.tongxing.timeline.CaseEventKind;
import org.tongxing.timeline.CaseHistory;

/** A household joined or left a programme, fired as a CDI event by the change; the timeline records each. */
public sealed interface ProgrammeEvent extends CaseHistory {

    long programmeId();

    @Override
    default Map<String, Object> details() {
        return Map.of("programmeId", programmeId());
    }

    record Joined(long householdId, long programmeId) implements ProgrammeEvent {
        @Override
        public CaseEventKind kind() {
            return CaseEventKind.PROGRAMME_JOINED;
        }

        @Override
        public String summary() {
            return "Joined programme #" + programmeId;
        }
    }

    record Left(long householdId, long programmeId) implements ProgrammeEvent {
        @Override
        public CaseEventKind kind() {
            return CaseEventKind.PROGRAMME_LEFT;
        }

        @Override
        public String summary() {
            return "Left programme #" + programmeId;
        }
    }
}
