package org.tongxing.household;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tongxing.timeline.CaseEventKind;
import org.tongxing.timeline.CaseHistory;

/**
 * What happened to a case file, fired as a CDI event by the change that did it and observed in its transaction:
 * the timeline records it, and features above the household react without the household knowing them (needs
 * are redacted anew when names in the family change).
 */
public sealed interface HouseholdEvent extends CaseHistory {

    Household household();

    @Override
    default long householdId() {
        return household().id;
    }

    /** Whether a name in the family came, went or changed, so that texts shown beyond its workers need redacting anew. */
    default boolean namesChanged() {
        return false;
    }

    record Opened(Household household) implements HouseholdEvent {
        @Override
        public CaseEventKind kind() {
            return CaseEventKind.HOUSEHOLD_OPENED;
        }

        @Override
        public String summary() {
            return "Case file opened";
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("tier", household.tier, "hardshipCategory", household.hardshipCategory);
        }
    }

    /** @param fields the fields whose value changed, never empty */
    record Updated(Household household, List<String> fields) implements HouseholdEvent {
        /** The address is redacted like a name (see privacy.Redaction). */
        @Override
        public boolean namesChanged() {
            return fields.contains("addressLine");
        }

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.HOUSEHOLD_UPDATED;
        }

        @Override
        public String summary() {
            return "Case file updated: " + String.join(", ", fields);
        }

        @Override
        public Map<String, Object> details() {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("fields", fields);
            if (fields.contains("tier")) {
                details.put("tier", household.tier);
            }
            return details;
        }
    }

    record ConsentChanged(Household household) implements HouseholdEvent {
        @Override
        public CaseEventKind kind() {
            return CaseEventKind.CONSENT_CHANGED;
        }

        @Override
        public String summary() {
            return "Consent changed";
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("dataProcessing", household.consentDataProcessing, "shareContact",
                    household.consentShareContact);
        }
    }

    record MemberAdded(Household household, HouseholdMember member) implements HouseholdEvent {
        @Override
        public boolean namesChanged() {
            return true;
        }

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.MEMBER_ADDED;
        }

        @Override
        public String summary() {
            return "Member added: " + member.relation;
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("memberId", member.id, "relation", member.relation);
        }
    }

    /** @param fields the fields whose value changed, never empty */
    record MemberUpdated(Household household, HouseholdMember member, List<String> fields) implements HouseholdEvent {
        @Override
        public boolean namesChanged() {
            return fields.contains("name");
        }

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.MEMBER_UPDATED;
        }

        @Override
        public String summary() {
            return "Member updated: " + String.join(", ", fields);
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("memberId", member.id, "fields", fields);
        }
    }

    record MemberRemoved(Household household, HouseholdMember member) implements HouseholdEvent {
        @Override
        public boolean namesChanged() {
            return true;
        }

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.MEMBER_REMOVED;
        }

        @Override
        public String summary() {
            return "Member removed: " + member.relation;
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("memberId", member.id, "relation", member.relation);
        }
    }
}
