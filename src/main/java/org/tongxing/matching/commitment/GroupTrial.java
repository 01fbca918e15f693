package org.tongxing.matching.commitment;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.common.ConcurrentUpdate;
import org.tongxing.common.InvalidInput;
import org.tongxing.common.InvalidState;
import org.tongxing.common.NotAllowed;
import org.tongxing.common.NotFound;
import org.tongxing.common.Timestamps;
import org.tongxing.household.Household;
import org.tongxing.matching.Answer;
import org.tongxing.matching.CommitmentStage;
import org.tongxing.matching.CommitmentStatus;
import org.tongxing.matching.GroupMember;
import org.tongxing.matching.MatchingEvent;
import org.tongxing.matching.MatchingEvent.Of;
import org.tongxing.matching.SupportGroup;
import org.tongxing.matching.commitment.Parties.Party;
import org.tongxing.timeline.CaseEventKind;

/**
 * The two stages of a 1+3+1 group: each volunteer confirms or declines their seat (declining leaves it), the mother's
 * household consents, and a case worker makes the group formal once every seated volunteer confirmed. The group's
 * version guards every step, as it guards leaving a seat.
 */
@ApplicationScoped
public class GroupTrial {

    @Inject
    Parties parties;

    @Inject
    GroupEnding ending;

    @Inject
    Event<MatchingEvent> events;

    @Transactional
    public GroupState answer(long id, long volunteerId, TrialAnswer answer) {
        SupportGroup group = find(id);
        Household household = Household.findById(group.householdId);
        Party party = parties.of(household, group.members.stream().map(m -> m.volunteerId).toList(), "support group",
                id);
        if (party != Party.VOLUNTEER || volunteerId != parties.ownVolunteer()) {
            throw new NotAllowed("Only the volunteer in the seat answers for it");
        }
        requireActive(group, answer.version());
        GroupMember seat = group.activeMembers().stream().filter(m -> m.volunteerId == volunteerId).findFirst()
                .orElseThrow(() -> new CommitmentEnded("Volunteer " + volunteerId + " left the group " + id));
        if (seat.answer != Answer.PENDING) {
            throw new InvalidState("The volunteer already answered: " + seat.answer);
        }
        if (!answer.confirm()) {
            if (answer.reason() == null || answer.reason().isBlank()) {
                throw new InvalidInput("A reason is needed to decline", "reason", "must not be blank");
            }
            seat.answer = Answer.DECLINED;
            ending.depart(id, volunteerId, new Departure(answer.reason(), group.version, answer.endKind()));
            return GroupState.from(group);
        }
        seat.answer = Answer.CONFIRMED;
        seat.sharesPhone = answer.sharesPhone();
        return step(group, CaseEventKind.COMMITMENT_CONFIRMED, volunteerId);
    }

    @Transactional
    public GroupState consent(long id, Stamp stamp) {
        SupportGroup group = find(id);
        Household household = Household.findById(group.householdId);
        parties.forFamily(household, group.members.stream().map(m -> m.volunteerId).toList(), "support group", id);
        requireActive(group, stamp.version());
        if (group.householdConsentedAt != null) {
            throw new InvalidState("The household consented already");
        }
        group.householdConsentedAt = Timestamps.now();
        group.householdConsentedBy = parties.userId();
        return step(group, CaseEventKind.COMMITMENT_CONSENTED, null);
    }

    @Transactional
    public GroupState formalise(long id, Stamp stamp) {
        SupportGroup group = find(id);
        parties.caseWorker(Household.findById(group.householdId), List.of(), "support group", id);
        requireActive(group, stamp.version());
        if (group.stage == CommitmentStage.FORMAL) {
            throw new InvalidState("The group is formal already");
        }
        boolean allConfirmed = !group.activeMembers().isEmpty()
                && group.activeMembers().stream().allMatch(m -> m.answer == Answer.CONFIRMED);
        if (group.householdConsentedAt == null || !allConfirmed) {
            throw new InvalidState(
                    "A group becomes formal only once every seated volunteer confirmed and the household consented");
        }
        group.stage = CommitmentStage.FORMAL;
        group.formalSince = Timestamps.now();
        return step(group, CaseEventKind.COMMITMENT_FORMAL, null);
    }

    private GroupState step(SupportGroup group, CaseEventKind kind, Long volunteerId) {
        group.updatedAt = Timestamps.now();
        events.fire(new MatchingEvent.CommitmentStep(Of.GROUP, group.id, group.householdId, null, kind, volunteerId));
        SupportGroup.getEntityManager().flush();
        return GroupState.from(group);
    }

    static SupportGroup find(long id) {
        return SupportGroup.<SupportGroup>findByIdOptional(id).orElseThrow(() -> new NotFound("support group", id));
    }

    /** After the party check, so that only parties learn that it ended. */
    private static void requireActive(SupportGroup group, long version) {
        if (group.status == CommitmentStatus.ENDED) {
            throw new CommitmentEnded("The support group " + group.id + " ended at " + group.endedAt);
        }
        if (group.version != version) {
            throw new ConcurrentUpdate("support group", group.id);
        }
    }
}
