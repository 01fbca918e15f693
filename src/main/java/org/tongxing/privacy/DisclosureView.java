package org.tongxing.privacy;

import java.time.Instant;
import java.util.List;

import org.tongxing.common.Role;

public record DisclosureView(long id, Instant occurredAt, long viewerId, String viewerUsername, String viewerName,
        Role viewerRole, long householdId, Long needId, Long claimId, List<String> fields, String purpose,
        Disclosure.Channel channel) {

    /** With the viewer's current display name, when their account still exists. */
    public static DisclosureView from(Disclosure d, String viewerName) {
        return new DisclosureView(d.id, d.occurredAt, d.viewerId, d.viewerUsername, viewerName, d.viewerRole,
                d.householdId, d.needId, d.claimId, List.of(d.fields.split(",")), d.purpose, d.channel);
    }
}
