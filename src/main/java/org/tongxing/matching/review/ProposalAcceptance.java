package org.tongxing.matching.review;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.tongxing.common.ConcurrentUpdate;
import org.tongxing.common.InvalidState;
import org.tongxing.common.LostRace;
import org.tongxing.common.Timestamps;
import org.tongxing.matching.CommitmentStatus;
import org.tongxing.matching.GroupMember;
import org.tongxing.matching.MatchingEvent;
import org.tongxing.matching.MatchingProposal;
import org.tongxing.matching.OpenProposals;
import org.tongxing.matching.Pairing;
import org.tongxing.matching.ProposalMember;
import org.tongxing.matching.ProposalStatus;
import org.tongxing.matching.RunKind;
import org.tongxing.matching.SupportGroup;
import org.tongxing.matching.Trials;
import org.tongxing.need.Need;
import org.tongxing.need.NeedCategory;
import org.tongxing.need.NeedStatus;
import org.tongxing.volunteer.Volunteer;

/**
 * Turns one proposal into an active pair or group, in a transaction of its own: if anything it assumed no
 * longer holds (the need was claimed, a volunteer's places filled up, the seat was taken) it fails alone.
 */
@ApplicationScoped
public class ProposalAcceptance {

    @Inject
    Event<MatchingEvent> events;

    @Inject
    Trials trials;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void accept(long proposalId, long userId) {
        MatchingProposal p = MatchingProposal.findById(proposalId);
        if (p.status != ProposalStatus.PROPOSED) {
            throw new InvalidState("The proposal is already " + p.status);
        }
        Instant now = Timestamps.now();
        try {
            if (p.kind == RunKind.PAIRS) {
                pair(p, userId, now);
            } else {
                group(p, userId, now);
            }
            p.status = ProposalStatus.ACCEPTED;
            p.decidedBy = userId;
            p.decidedAt = now;
            MatchingProposal.getEntityManager().flush();
        } catch (PersistenceException e) {
            if (LostRace.staleVersion(e) || LostRace.violatedAny(e)) {
                throw new ConcurrentUpdate("proposal", proposalId);
            }
            throw e;
        }
    }

    /** Records why the proposal could not be accepted, once the failed attempt is rolled back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(long proposalId, long userId, String why) {
        MatchingProposal p = MatchingProposal.findById(proposalId);
        if (p.status == ProposalStatus.PROPOSED) {
            p.status = ProposalStatus.FAILED;
            p.failure = why.length() <= 500 ? why : why.substring(0, 500);
            p.decidedBy = userId;
            p.decidedAt = Timestamps.now();
        }
    }

    private void pair(MatchingProposal p, long userId, Instant now) {
        Need need = Need.findById(p.needId);
        if (need.status != NeedStatus.OPEN) {
            throw new ProposalOutdated("Need " + need.id + " is no longer open: it is " + need.status);
        }
        Room.requireForPair(p.volunteerId, p.householdId, need.category);
        Pairing pairing = new Pairing();
        pairing.needId = need.id;
        pairing.householdId = p.householdId;
        pairing.volunteerId = p.volunteerId;
        pairing.proposalId = p.id;
        pairing.status = CommitmentStatus.ACTIVE;
        pairing.since = now;
        pairing.createdBy = userId;
        pairing.updatedAt = now;
        trials.begin(pairing, now);
        pairing.persist();
        need.status = NeedStatus.IN_PROGRESS;
        need.updatedAt = now;
        events.fire(new MatchingEvent.PairingStarted(pairing, need, p.id));
    }

    private void group(MatchingProposal p, long userId, Instant now) {
        SupportGroup group = SupportGroup
                .find("householdId = ?1 and status = ?2", p.householdId, CommitmentStatus.ACTIVE)
                .firstResult();
        boolean forming = group == null;
        if (forming && p.cadreId == null) {
            throw new ProposalOutdated("The group this proposal would add to has ended");
        }
        if (!forming && p.cadreId != null) {
            throw new ProposalOutdated("A group was formed for this family since the run");
        }
        if (forming) {
            Room.requireCadre(p.cadreId, p.householdId);
            group = newGroup(p, userId, now);
        }
        Set<NeedCategory> needs = needsToCover(group);
        for (ProposalMember member : p.members) {
            seat(group, member, p, needs, now);
        }
        takeOnNeeds(group);
        if (group.needIds.isEmpty()) {
            throw new ProposalOutdated("None of the mother's open needs is left for the group to cover");
        }
        events.fire(new MatchingEvent.GroupJoined(group, p.members.stream().map(m -> m.volunteerId).toList(), p.id,
                forming));
    }

    private SupportGroup newGroup(MatchingProposal p, long userId, Instant now) {
        SupportGroup group = new SupportGroup();
        group.householdId = p.householdId;
        group.cadreId = p.cadreId;
        group.status = CommitmentStatus.ACTIVE;
        group.formedAt = now;
        group.createdBy = userId;
        group.updatedAt = now;
        trials.begin(group);
        group.persist();
        return group;
    }

    private void seat(SupportGroup group, ProposalMember member, MatchingProposal p, Set<NeedCategory> needs,
            Instant now) {
        if (group.activeMembers().stream().anyMatch(m -> m.volunteerId == member.volunteerId)) {
            throw new ProposalOutdated("Volunteer " + member.volunteerId + " is in the group already");
        }
        int seat = group.freeSeat();
        if (seat < 0) {
            throw new ProposalOutdated("The group's three seats are taken");
        }
        Room.requireForSeat(member.volunteerId, p.householdId, needs);
        GroupMember joined = new GroupMember();
        joined.group = group;
        joined.seat = (short) seat;
        joined.volunteerId = member.volunteerId;
        joined.proposalId = p.id;
        joined.joinedAt = now;
        trials.seat(joined, now);
        group.members.add(joined);
        joined.persist();
        group.updatedAt = now;
    }

    /** What a seat serves, as the GROUPS run saw it: the mother's open needs no pair proposal holds, and the group's. */
    private static Set<NeedCategory> needsToCover(SupportGroup group) {
        Set<NeedCategory> needs = EnumSet.noneOf(NeedCategory.class);
        Set<Long> heldForPairs = OpenProposals.pairedNeedsOf(group.householdId);
        Need.<Need>list("householdId = ?1 and status = ?2", group.householdId, NeedStatus.OPEN).stream()
                .filter(n -> !heldForPairs.contains(n.id)).forEach(n -> needs.add(n.category));
        if (!group.needIds.isEmpty()) {
            Need.<Need>list("id in ?1", List.copyOf(group.needIds)).forEach(n -> needs.add(n.category));
        }
        return needs;
    }

    /**
     * The mother's open needs that the group's volunteers can help with are in the group's hands now, except those an
     * open pair proposal holds: the GROUPS run planned without them, and that pair is still to be decided.
     */
    private static void takeOnNeeds(SupportGroup group) {
        Set<NeedCategory> covered = EnumSet.noneOf(NeedCategory.class);
        List<Long> members = group.activeMembers().stream().map(m -> m.volunteerId).toList();
        Volunteer.<Volunteer>list("id in ?1", members).forEach(v -> covered.addAll(v.skills));
        Set<Long> heldForPairs = OpenProposals.pairedNeedsOf(group.householdId);
        for (Need need : Need.<Need>list("householdId = ?1 and status = ?2", group.householdId, NeedStatus.OPEN)) {
            if (covered.contains(need.category) && !heldForPairs.contains(need.id)) {
                need.status = NeedStatus.IN_PROGRESS;
                need.updatedAt = Timestamps.now();
                group.needIds.add(need.id);
            }
        }
    }
}
