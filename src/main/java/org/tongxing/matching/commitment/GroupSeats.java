package org.tongxing.matching.commitment;

import java.time.Instant;

import org.tongxing.matching.CommitmentStatus;
import org.tongxing.matching.SupportGroup;

/**
 * A group after a seat was left or the group ended: how many seats are held and its new version. Small on purpose:
 * a volunteer who leaves gets this answer too, and sees no more of the group than on their commitments page.
 */
public record GroupSeats(long groupId, CommitmentStatus status, int members, int freeSeats, Instant endedAt,
        String endReason, long version) {

    static GroupSeats from(SupportGroup group) {
        int members = group.activeMembers().size();
        int free = group.status == CommitmentStatus.ACTIVE ? SupportGroup.SEATS - members : 0;
        return new GroupSeats(group.id, group.status, members, free, group.endedAt,
                group.endReason, group.version);
    }
}
