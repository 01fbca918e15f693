package org.tongxing.assistance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tongxing.timeline.CaseEventKind;
import org.tongxing.timeline.CaseHistory;

/** What the case file's history records of benefits and assistance: kinds, states and amounts, never names. */
public sealed interface AssistanceEvent extends CaseHistory {

    record BenefitRecorded(Benefit benefit) implements AssistanceEvent {
        @Override
        public long householdId() {
            return benefit.householdId;
        }

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.BENEFIT_RECORDED;
        }

        @Override
        public String summary() {
            return "Benefit " + benefit.kind + " recorded as " + benefit.status;
        }

        @Override
        public Map<String, Object> details() {
            return facts(benefit);
        }
    }

    /** @param fields the fields whose value changed, never empty */
    record BenefitChanged(Benefit benefit, List<String> fields) implements AssistanceEvent {
        @Override
        public long householdId() {
            return benefit.householdId;
        }

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.BENEFIT_CHANGED;
        }

        @Override
        public String summary() {
            return "Benefit " + benefit.kind + " changed: " + String.join(", ", fields);
        }

        @Override
        public Map<String, Object> details() {
            Map<String, Object> details = facts(benefit);
            details.put("fields", fields);
            return details;
        }
    }

    record AssistanceGiven(AssistanceRecord record) implements AssistanceEvent {
        @Override
        public long householdId() {
            return record.householdId;
        }

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.ASSISTANCE_GIVEN;
        }

        @Override
        public String summary() {
            return "Assistance given: " + record.kind;
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("assistanceId", record.id, "kind", record.kind, "givenOn", record.givenOn.toString(),
                    "amount", record.amount);
        }
    }

    private static Map<String, Object> facts(Benefit benefit) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("benefitId", benefit.id);
        details.put("kind", benefit.kind);
        details.put("status", benefit.status);
        return details;
    }
}
