package org.tongxing.matching.commitment;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
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
import org.tongxing.common.NotFound;
import org.tongxing.common.Timestamps;
import org.tongxing.household.Household;
import org.tongxing.matching.CommitmentStatus;
import org.tongxing.matching.MatchingEvent;
import org.tongxing.matching.SupportGroup;
import org.tongxing.matching.Trials;
import org.tongxing.matching.domain.Candidate;
import org.tongxing.matching.domain.Family;
import org.tongxing.matching.run.MatchFacts;
import org.tongxing.need.Need;
import org.tongxing.need.NeedCategory;
import org.tongxing.need.NeedStatus;

/**
 * A cadre forms a 1+3+1 group by hand, where no run found one or the cadre knows better: the mother's open needs, one
 * to three volunteers and a lead, each under the solver's own rule ({@link HandRule}). The group starts as a trial like
 * one from a proposal, and later runs keep it pinned because they load every active group with its lead and seats.
 */
@ApplicationScoped
public class GroupByHand {

    @Inject
    Parties parties;

    @Inject
    Trials trials;

    @Inject
    Event<MatchingEvent> events;

    @Transactional
    public GroupState form(HandGroup request) {
        Household household = Household.<Household>findByIdOptional(request.householdId())
                .orElseThrow(() -> new NotFound("household", request.householdId()));
        parties.caseWorker(household, List.of(), "household", household.id);
        if (SupportGroup.count("householdId = ?1 and status = ?2", household.id, CommitmentStatus.ACTIVE) > 0) {
            throw new InvalidState("The household has an active support group already");
        }
        List<Need> needs = openNeeds(household.id, request.needIds());
        Set<NeedCategory> categories = EnumSet.noneOf(NeedCategory.class);
        needs.forEach(n -> categories.add(n.category));
        Family mother = MatchFacts.family(household.id);
        var conflicts = MatchFacts.conflicts(household.id);
        Set<NeedCategory> covered = EnumSet.noneOf(NeedCategory.class);
        for (long volunteerId : distinct(request.volunteerIds())) {
            Candidate seated = HandRule.seat(volunteerId, mother, categories, conflicts);
            covered.addAll(seated.skills());
        }
        categories.removeAll(covered);
        if (!categories.isEmpty()) {
            throw new InvalidState("No volunteer of the group offers " + categories);
        }
        HandRule.lead(request.cadreId(), mother);
        try {
            return GroupState.from(persist(household.id, needs, request));
        } catch (PersistenceException e) {
            if (LostRace.violatedAny(e) || LostRace.staleVersion(e)) {
                throw new ConcurrentUpdate("household", household.id);
            }
            throw e;
        }
    }

    private SupportGroup persist(long householdId, List<Need> needs, HandGroup request) {
        Instant now = Timestamps.now();
        SupportGroup group = new SupportGroup();
        group.householdId = householdId;
        group.cadreId = request.cadreId();
        group.status = CommitmentStatus.ACTIVE;
        group.formedAt = now;
        group.createdBy = parties.userId();
        group.updatedAt = now;
        trials.begin(group);
        group.persist();
        List<Long> volunteers = request.volunteerIds();
        for (int seat = 0; seat < volunteers.size(); seat++) {
            GroupSeating.seat(group, seat, volunteers.get(seat), trials, now);
        }
        for (Need need : needs) {
            need.status = NeedStatus.IN_PROGRESS;
            need.updatedAt = now;
            group.needIds.add(need.id);
        }
        events.fire(new MatchingEvent.GroupJoined(group, volunteers, null, true));
        SupportGroup.getEntityManager().flush();
        return group;
    }

    /** The household's needs by id, each still open; a group exists to cover them. */
    private static List<Need> openNeeds(long householdId, List<Long> ids) {
        List<Need> needs = Need.list("id in ?1", List.copyOf(new HashSet<>(ids)));
        for (Long id : ids) {
            Need need = needs.stream().filter(n -> n.id.equals(id) && n.householdId == householdId).findFirst()
                    .orElseThrow(() -> new NotFound("need of this household", id));
            if (need.status != NeedStatus.OPEN) {
                throw new InvalidState("Need " + id + " is " + need.status + ", not open");
            }
        }
        return needs;
    }

    private static List<Long> distinct(List<Long> volunteerIds) {
        if (new HashSet<>(volunteerIds).size() != volunteerIds.size()) {
            throw new InvalidState("A volunteer can hold only one seat of a group");
        }
        return volunteerIds;
    }
}
