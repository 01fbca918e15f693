package org.tongxing.matching.commitment;

import java.time.Instant;

import org.tongxing.matching.GroupMember;
import org.tongxing.matching.SupportGroup;
import org.tongxing.matching.Trials;

/** Seats a volunteer in a group by hand, as a trial like a seat from a proposal (no proposal id). */
final class GroupSeating {

    private GroupSeating() {
    }

    static GroupMember seat(SupportGroup group, int seat, long volunteerId, Trials trials, Instant now) {
        GroupMember member = new GroupMember();
        member.group = group;
        member.seat = (short) seat;
        member.volunteerId = volunteerId;
        member.joinedAt = now;
        trials.seat(member, now);
        group.members.add(member);
        member.persist();
        group.updatedAt = now;
        return member;
    }
}
