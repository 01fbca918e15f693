package org.tongxing.privacy;

import java.time.Instant;
import java.util.List;

import org.tongxing.common.Role;

public record DisclosureView(long id, Instant occurredAt, long viewerId, String viewerUsername, Role viewerRole,
        long householdId, Long needId, Long claimId, List<String> fields, String purpose, Disclosure.Channel channel) {

    public static DisclosureView from(Disclosure d) {
        return new DisclosureView(d.id, d.occurredAt, d.viewerId, d.viewerUsername, d.viewerRole, d.householdId,
                d.needId, d.claimId, List.of(d.fields.split(",")), d.purpose, d.channel);
    }
}
