package org.tongxing.household;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** The whole case file. */
public record HouseholdView(long id, String areaCode, String addressLine, HardshipCategory hardshipCategory,
        Composition composition, Tier tier, Period followUpInterval, String summary, Consent consent,
        Long contactMemberId, FamilyPreferences preferences, List<MemberView> members, Instant createdAt,
        Instant updatedAt, long version) {

    public record Consent(boolean dataProcessing, boolean shareContact, Instant recordedAt) {
    }

    public static HouseholdView from(Household h, Period followUpInterval, LocalDate today) {
        return new HouseholdView(h.id, h.areaCode, h.addressLine, h.hardshipCategory, h.composition, h.tier,
                followUpInterval, h.summary,
                new Consent(h.consentDataProcessing, h.consentShareContact, h.consentRecordedAt),
                h.contactMemberId, FamilyPreferences.from(h),
                h.members.stream().map(m -> MemberView.from(m, today)).toList(),
                h.createdAt, h.updatedAt, h.version);
    }

    /** The name a worker calls the file by: its contact person's, else its head's; null for a file without them. */
    public String familyName() {
        return members.stream().filter(m -> Long.valueOf(m.id()).equals(contactMemberId)).findFirst()
                .or(() -> members.stream().filter(m -> m.relation() == Relation.HEAD).findFirst())
                .map(MemberView::name).orElse(null);
    }
}
