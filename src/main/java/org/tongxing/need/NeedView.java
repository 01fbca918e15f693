package org.tongxing.need;

import java.time.Instant;
import java.time.LocalDate;

/** A need as its case workers see it. */
public record NeedView(long id, long householdId, Long memberId, NeedCategory category, String description,
        Urgency urgency, String areaCode, LocalDate wantedBy, NeedStatus status, Visibility visibility,
        String cancelReason, Instant createdAt, Instant updatedAt, long version) {

    public static NeedView from(Need n) {
        return new NeedView(n.id, n.householdId, n.memberId, n.category, n.description, n.urgency, n.areaCode,
                n.wantedBy, n.status, n.visibility, n.cancelReason, n.createdAt, n.updatedAt, n.version);
    }
}
