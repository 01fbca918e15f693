package org.tongxing.matching.commitment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.account.UserAccount;
import org.tongxing.common.Timestamps;
import org.tongxing.household.Household;
import org.tongxing.matching.CommitmentStatus;
import org.tongxing.matching.GroupMember;
import org.tongxing.matching.MatchingNotices;
import org.tongxing.matching.SupportGroup;
import org.tongxing.matching.commitment.Parties.Party;
import org.tongxing.need.Need;
import org.tongxing.notification.Notifier;
import org.tongxing.notification.Recipients;
import org.tongxing.timeline.CaseEventKind;
import org.tongxing.timeline.Timeline;
import org.tongxing.common.ConcurrentUpdate;
import org.tongxing.common.NotAllowed;
import org.tongxing.common.NotFound;

/**
 * A volunteer steps out of a 1+3+1 group (the group goes on, and the next GROUPS run may fill the seat, since it
 * loads active groups with their empty seats open), or the case workers end the whole group. The group's version
 * guards both: every change touches the group row, so two changes from the same reading cannot both commit.
 */
@ApplicationScoped
public class GroupEnding {

    @Inject
    Parties parties;

    @Inject
    Timeline timeline;

    @Inject
    Notifier notifier;

    @Inject
    Recipients recipients;

    @Transactional
    public GroupSeats depart(long groupId, long volunteerId, Departure departure) {
        SupportGroup group = find(groupId);
        Household household = Household.findById(group.householdId);
        Party party = parties.of(household, group.members.stream().map(m -> m.volunteerId).toList(), "support group", groupId);
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
        timeline.record(household.id, CaseEventKind.SUPPORT_GROUP_LEFT,
                party == Party.VOLUNTEER ? "A volunteer left the 1+3+1 group" : "A case worker took a volunteer out of the 1+3+1 group",
                Map.of("groupId", groupId, "volunteerId", volunteerId, "seat", (int) seat.seat, "reason", reason));
        if (party == Party.VOLUNTEER) {
            SteppedBack.remember(volunteerId, household.id, reason, parties.userId(), now);
            notifier.send(staffOf(group, household), MatchingNotices.volunteerLeftGroup(group, reason));
        } else {
            notifier.send(MatchingNotices.volunteerAccounts(volunteerId), MatchingNotices.leftGroup(group, reason));
        }
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
        group.updatedAt = now;
        List<Need> needs = group.needIds.isEmpty() ? List.of() : Need.list("id in ?1", List.copyOf(group.needIds));
        needs.forEach(n -> NeedsServed.settle(n, ending.fulfils(), now));
        List<Long> volunteers = seated.stream().map(m -> m.volunteerId).toList();
        timeline.record(household.id, CaseEventKind.SUPPORT_GROUP_ENDED, "1+3+1 support group ended",
                Map.of("groupId", groupId, "volunteerIds", volunteers, "reason", reason, "completed", ending.fulfils()));
        List<UserAccount> told = new ArrayList<>(MatchingNotices.cadreAccounts(group.cadreId));
        volunteers.forEach(v -> told.addAll(MatchingNotices.volunteerAccounts(v)));
        notifier.send(told, MatchingNotices.groupEnded(group));
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

    /** The household's workers and the group's lead, each once. */
    private List<UserAccount> staffOf(SupportGroup group, Household household) {
        Map<Long, UserAccount> staff = new LinkedHashMap<>();
        recipients.caseWorkersOf(household.areaCode).forEach(a -> staff.put(a.id, a));
        MatchingNotices.cadreAccounts(group.cadreId).forEach(a -> staff.putIfAbsent(a.id, a));
        return List.copyOf(staff.values());
    }
}
