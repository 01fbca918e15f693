package org.tongxing.matching.commitment;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.common.ConcurrentUpdate;
import org.tongxing.common.NotAllowed;
import org.tongxing.common.NotFound;
import org.tongxing.common.Timestamps;
import org.tongxing.household.Household;
import org.tongxing.matching.CommitmentStatus;
import org.tongxing.matching.GroupMember;
import org.tongxing.matching.MatchingEvent;
import org.tongxing.matching.SupportGroup;
import org.tongxing.matching.commitment.Parties.Party;
import org.tongxing.need.Need;

/**
 * A volunteer steps out of a 1+3+1 group (the group goes on, and the next GROUPS run may fill the seat, since it
 * loads active groups with their empty seats open), or the case workers end the whole group. The group's version
 * guards both: every change touches the group row, so two changes from the same reading cannot both commit.
 */
@ApplicationScoped
public class GroupEnding {

    @Inject
    Event<MatchingEvent> events;

    @Inject
    Parties parties;

    @Transactional
    public GroupSeats depart(long groupId, long volunteerId, Departure departure) {
        SupportGroup group = find(groupId);
        Household household = Household.findById(group.householdId);
        Party party = parties.of(household, group.members.stream().map(m -> m.volunteerId).toList(), "support group",
                groupId);
        if (party == Party.VOLUNTEER && volunteerId != parties.ownVolunteer()) {
            throw new NotAllowed("A volunteer can leave only their own seat");
        }
        requireActive(group);
        GroupMember seat = group.activeMembers().stream().filter(m -> m.volunteerId == volunteerId).findFirst()
                .orElseThrow(() -> group.members.stream().anyMatch(m -> m.volunteerId == volunteerId)
                        ? new CommitmentEnded("Volunteer " + volunteerId + " already left the support group " + groupId)
                        : new NotFound("member of support group " + groupId + " with volunteer id", volunteerId));
        requireVersion(group, departure.version());
        Instant now = Timestamps.now();
        String reason = Parties.reason(departure.reason(), household);
        seat.leftAt = now;
        seat.leftReason = reason;
        group.updatedAt = now;
        events.fire(new MatchingEvent.SeatLeft(group, seat, reason,
                party == Party.VOLUNTEER ? MatchingEvent.Cause.VOLUNTEER : MatchingEvent.Cause.CASE_WORKER));
        SteppedBack.afterEnd(departure.kind(), party == Party.VOLUNTEER, volunteerId, household.id, reason,
                parties.userId(), now);
        SupportGroup.getEntityManager().flush();
        return GroupSeats.from(group);
    }

    /** Ends the group: every seat is left, its needs open again (or are FULFILLED), its people are told. */
    @Transactional
    public GroupSeats end(long groupId, Ending ending) {
        SupportGroup group = find(groupId);
        Household household = Household.findById(group.householdId);
        parties.of(household, List.of(), "support group", groupId); // case workers only: no volunteer ends a group
        requireActive(group);
        requireVersion(group, ending.version());
        Instant now = Timestamps.now();
        String reason = Parties.reason(ending.reason(), household);
        List<GroupMember> seated = group.activeMembers();
        seated.forEach(m -> {
            m.leftAt = now;
            m.leftReason = reason;
        });
        group.status = CommitmentStatus.ENDED;
        group.endedAt = now;
        group.endReason = reason;
        group.endKind = ending.kind();
        group.updatedAt = now;
        List<Need> needs = group.needIds.isEmpty() ? List.of() : Need.list("id in ?1", List.copyOf(group.needIds));
        needs.forEach(n -> NeedsServed.settle(n, ending.fulfils(), now));
        List<Long> volunteers = seated.stream().map(m -> m.volunteerId).toList();
        volunteers.forEach(v -> SteppedBack.afterEnd(ending.kind(), false, v, household.id, reason, parties.userId(),
                now));
        events.fire(new MatchingEvent.GroupEnded(group, volunteers, ending.fulfils()));
        SupportGroup.getEntityManager().flush();
        return GroupSeats.from(group);
    }

    private static SupportGroup find(long groupId) {
        return SupportGroup.<SupportGroup>findByIdOptional(groupId)
                .orElseThrow(() -> new NotFound("support group", groupId));
    }

    private static void requireActive(SupportGroup group) {
        if (group.status == CommitmentStatus.ENDED) {
            throw new CommitmentEnded("The support group " + group.id + " ended at " + group.endedAt);
        }
    }

    private static void requireVersion(SupportGroup group, long version) {
        if (group.version != version) {
            throw new ConcurrentUpdate("support group", group.id);
        }
    }
}
