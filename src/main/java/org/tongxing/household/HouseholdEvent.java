package org.tongxing.household;

import java.util.List;

/**
 * What happened to a case file, fired as a CDI event by the change that did it and observed in its transaction.
 * Features above the household react without the household knowing them (needs are redacted anew when names
 * in the family change).
 */
public sealed interface HouseholdEvent {

    Household household();

    /** Whether a name in the family came, went or changed, so that texts shown beyond its workers need redacting anew. */
    default boolean namesChanged() {
        return false;
    }

    record MemberAdded(Household household, HouseholdMember member) implements HouseholdEvent {
        @Override
        public boolean namesChanged() {
            return true;
        }
    }

    record MemberUpdated(Household household, HouseholdMember member, List<String> fields) implements HouseholdEvent {
        @Override
        public boolean namesChanged() {
            return fields.contains("name");
        }
    }

    record MemberRemoved(Household household, HouseholdMember member) implements HouseholdEvent {
        @Override
        public boolean namesChanged() {
            return true;
        }
    }
}
