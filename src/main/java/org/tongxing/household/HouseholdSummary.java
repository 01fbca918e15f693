package org.tongxing.household;

import java.time.Instant;
import java.time.LocalDate;

/** One row of the household list: enough to find a file, without the members' details; minors are under 18. */
public record HouseholdSummary(long id, String areaCode, String addressLine, String contactName,
        HardshipCategory hardshipCategory, Composition composition, Tier tier, int memberCount, int minorCount,
        Instant updatedAt) {

    public static HouseholdSummary from(Household h, LocalDate today) {
        HouseholdMember contact = h.contactMemberId == null ? null : h.member(h.contactMemberId);
        int minors = (int) h.members.stream().filter(m -> m.isMinorOn(today)).count();
        return new HouseholdSummary(h.id, h.areaCode, h.addressLine, contact == null ? null : contact.name,
                h.hardshipCategory, h.composition, h.tier, h.members.size(), minors, h.updatedAt);
    }
}
