package org.tongxing.matching.commitment;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.tongxing.common.ConcurrentUpdate;
import org.tongxing.common.InvalidState;
import org.tongxing.common.LostRace;
import org.tongxing.common.NotFound;
import org.tongxing.common.Timestamps;
import org.tongxing.household.Household;
import org.tongxing.matching.CommitmentStatus;
import org.tongxing.matching.GroupMember;
import org.tongxing.matching.MatchingEvent;
import org.tongxing.matching.SupportGroup;
import org.tongxing.matching.Trials;
import org.tongxing.matching.run.MatchFacts;
import org.tongxing.need.Need;
import org.tongxing.need.NeedCategory;
import org.tongxing.need.NeedStatus;

/**
 * A cadre adjusts an active group by hand: gives a member's seat to another volunteer, or the group to another lead,
 * under the solver's own rule ({@link HandRule}). The one swapped out is told and kept apart from the family only when
 * the cadre says BAD_FIT. The group's version guards both, as for every change of a group.
 */
@ApplicationScoped
public class GroupAdjustment {

    @Inject
    Parties parties;

    @Inject
    Trials trials;

    @Inject
    Event<MatchingEvent> events;

    @Transactional
    public GroupState swap(long groupId, SeatSwap swap) {
        SupportGroup group = editable(groupId, swap.version());
        GroupMember leaving = group.activeMembers().stream()
                .filter(m -> m.volunteerId.equals(swap.leavingVolunteerId())).findFirst()
                .orElseThrow(() -> new NotFound("member of support group " + groupId + " with volunteer id",
                        swap.leavingVolunteerId()));
        if (group.activeMembers().stream().anyMatch(m -> m.volunteerId.equals(swap.joiningVolunteerId()))) {
            throw new InvalidState("Volunteer " + swap.joiningVolunteerId() + " is in the group already");
        }
        HandRule.seat(swap.joiningVolunteerId(), MatchFacts.family(group.householdId), needsOf(group),
                MatchFacts.conflicts(group.householdId));
        Household household = Household.findById(group.householdId);
        String reason = Parties.reason(swap.reason(), household);
        Instant now = Timestamps.now();
        leaving.leftAt = now;
        leaving.leftReason = reason;
        return commit(group, () -> {
            // The seat is free only once the leaving member's row says so: flush before seating the new one.
            SupportGroup.getEntityManager().flush();
            GroupSeating.seat(group, leaving.seat, swap.joiningVolunteerId(), trials, now);
            SteppedBack.afterEnd(swap.kind(), false, leaving.volunteerId, household.id, reason, parties.userId(), now);
            events.fire(new MatchingEvent.SeatLeft(group, leaving, reason, MatchingEvent.Cause.CASE_WORKER));
            events.fire(new MatchingEvent.GroupJoined(group, List.of(swap.joiningVolunteerId()), null, false));
        });
    }

    @Transactional
    public GroupState changeLead(long groupId, LeadChange change) {
        SupportGroup group = editable(groupId, change.version());
        if (Objects.equals(group.cadreId, change.cadreId())) {
            throw new InvalidState("Cadre " + change.cadreId() + " leads the group already");
        }
        HandRule.lead(change.cadreId(), MatchFacts.family(group.householdId));
        Long previous = group.cadreId;
        group.cadreId = change.cadreId();
        group.updatedAt = Timestamps.now();
        return commit(group, () -> events.fire(new MatchingEvent.LeadChanged(group, previous)));
    }

    /** An active group of the viewer's case files, at the version they read. */
    private SupportGroup editable(long groupId, long version) {
        SupportGroup group = SupportGroup.<SupportGroup>findByIdOptional(groupId)
                .orElseThrow(() -> new NotFound("support group", groupId));
        parties.caseWorker(Household.findById(group.householdId), group.members.stream().map(m -> m.volunteerId)
                .toList(), "support group", groupId);
        if (group.status != CommitmentStatus.ACTIVE) {
            throw new CommitmentEnded("The support group " + groupId + " ended at " + group.endedAt);
        }
        if (group.version != version) {
            throw new ConcurrentUpdate("support group", groupId);
        }
        return group;
    }

    /** What the group serves: the needs it took on that are still being met, else the mother's open ones. */
    private static Set<NeedCategory> needsOf(SupportGroup group) {
        Set<NeedCategory> needs = EnumSet.noneOf(NeedCategory.class);
        List<Need> taken = group.needIds.isEmpty() ? List.of()
                : Need.list("id in ?1 and status not in ?2", List.copyOf(group.needIds),
                        List.of(NeedStatus.FULFILLED, NeedStatus.CANCELLED));
        (taken.isEmpty() ? Need.<Need>list("householdId = ?1 and status = ?2", group.householdId, NeedStatus.OPEN)
                : taken).forEach(n -> needs.add(n.category));
        return needs;
    }

    private static GroupState commit(SupportGroup group, Runnable change) {
        try {
            change.run();
            SupportGroup.getEntityManager().flush();
            return GroupState.from(group);
        } catch (PersistenceException e) {
            if (LostRace.violatedAny(e) || LostRace.staleVersion(e)) {
                throw new ConcurrentUpdate("support group", group.id);
            }
            throw e;
        }
    }
}
