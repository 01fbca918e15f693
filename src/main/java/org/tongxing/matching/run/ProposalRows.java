package org.tongxing.matching.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.tongxing.common.Timestamps;
import org.tongxing.matching.MatchingProposal;
import org.tongxing.matching.ProposalMember;
import org.tongxing.matching.ProposalStatus;
import org.tongxing.matching.RunKind;
import org.tongxing.matching.domain.FormingGroup;
import org.tongxing.matching.domain.GroupCadreSlot;
import org.tongxing.matching.domain.GroupVolunteerSlot;
import org.tongxing.matching.domain.MatchingPlan;
import org.tongxing.matching.domain.PairingRequest;
import org.tongxing.matching.solver.Explanation;
import org.tongxing.matching.solver.MatchCosts;
import org.tongxing.matching.solver.MatchingProposals;
import org.tongxing.matching.solver.MatchingProposals.GroupMember;
import org.tongxing.matching.solver.MatchingProposals.GroupProposal;
import org.tongxing.matching.solver.MatchingProposals.PairProposal;

/**
 * A solved plan as proposal rows. Only what is new becomes a proposal: confirmed pairs and seats are already
 * real, a request without a volunteer or a new group without a lead proposes nothing (they count as unmatched).
 */
final class ProposalRows {

    record Rows(List<MatchingProposal> proposals, int unmatched) {
    }

    private ProposalRows() {
    }

    static Rows of(long runId, RunKind kind, MatchingPlan plan) {
        MatchingProposals proposals = MatchingProposals.of(plan);
        return kind == RunKind.PAIRS ? pairs(runId, plan, proposals) : groups(runId, plan, proposals);
    }

    private static Rows pairs(long runId, MatchingPlan plan, MatchingProposals proposals) {
        Map<Long, PairingRequest> requests = plan.getPairingRequests().stream()
                .collect(Collectors.toMap(PairingRequest::getId, Function.identity()));
        List<MatchingProposal> rows = new ArrayList<>();
        int unmatched = 0;
        for (PairProposal pair : proposals.pairs()) {
            if (pair.volunteerId() == null) {
                unmatched++;
            } else if (!pair.confirmed()) {
                PairingRequest request = requests.get(pair.requestId());
                MatchingProposal row = row(runId, RunKind.PAIRS, pair.householdId(), pair.explanation());
                row.needId = pair.needId();
                row.volunteerId = pair.volunteerId();
                row.costParts = CostParts.of(request.getFamily(), request.askedCategories(), request.getVolunteer());
                row.cost = CostParts.sum(row.costParts);
                rows.add(row);
            }
        }
        return new Rows(rows, unmatched);
    }

    private static Rows groups(long runId, MatchingPlan plan, MatchingProposals proposals) {
        Map<Long, GroupCadreSlot> leads = plan.getCadreSlots().stream()
                .collect(Collectors.toMap(GroupCadreSlot::getId, Function.identity()));
        Map<Long, List<GroupVolunteerSlot>> seats = plan.getVolunteerSlots().stream()
                .collect(Collectors.groupingBy(seat -> seat.getGroup().id(), LinkedHashMap::new, Collectors.toList()));
        List<MatchingProposal> rows = new ArrayList<>();
        int unmatched = 0;
        for (GroupProposal group : proposals.groups()) {
            GroupCadreSlot lead = leads.get(group.householdId());
            List<GroupVolunteerSlot> newSeats = seats.get(group.householdId()).stream()
                    .filter(seat -> seat.getVolunteer() != null && !seat.isConfirmed()).toList();
            unmatched += (lead.getCadre() == null ? 1 : 0) + (int) seats.get(group.householdId()).stream()
                    .filter(seat -> seat.getVolunteer() == null).count();
            boolean newLead = lead.getCadre() != null && !lead.isConfirmed();
            if (lead.getCadre() != null && !newSeats.isEmpty()) {
                rows.add(groupRow(runId, lead, newLead, newSeats, group));
            }
        }
        return new Rows(rows, unmatched);
    }

    private static MatchingProposal groupRow(long runId, GroupCadreSlot lead, boolean newLead,
            List<GroupVolunteerSlot> newSeats, GroupProposal group) {
        FormingGroup mother = lead.getGroup();
        Explanation why = GroupExplanation.of(mother.mother(), newLead ? lead.getCadre() : null, newSeats.size(),
                mother.needs(), group.uncoveredNeeds());
        MatchingProposal row = row(runId, RunKind.GROUPS, group.householdId(), why);
        row.cadreId = newLead ? lead.getCadre().id() : null;
        long leadTravel = newLead ? MatchCosts.travel(mother.mother(), lead.getCadre()) : 0;
        row.costParts = new LinkedHashMap<>(Map.of("cadreTravel", leadTravel));
        row.cost = leadTravel;
        for (GroupVolunteerSlot seat : newSeats) {
            ProposalMember member = member(seat, group.members());
            row.members.add(member);
            row.cost += member.cost;
        }
        row.costParts.put("members", row.cost - leadTravel);
        row.uncovered = group.uncoveredNeeds().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        return row;
    }

    private static ProposalMember member(GroupVolunteerSlot seat, List<GroupMember> explained) {
        ProposalMember member = new ProposalMember();
        member.seat = (short) (seat.getId() % FormingGroup.VOLUNTEER_SEATS);
        member.volunteerId = seat.getVolunteer().id();
        member.costParts = CostParts.of(seat.getFamily(), seat.askedCategories(), seat.getVolunteer());
        member.cost = CostParts.sum(member.costParts);
        Explanation why = explained.stream().filter(m -> m.volunteerId() == member.volunteerId && !m.confirmed())
                .findFirst().map(GroupMember::explanation).orElseThrow();
        member.explanationZh = why.zh();
        member.explanationEn = why.en();
        return member;
    }

    private static MatchingProposal row(long runId, RunKind kind, long householdId, Explanation why) {
        MatchingProposal row = new MatchingProposal();
        row.runId = runId;
        row.kind = kind;
        row.householdId = householdId;
        row.explanationZh = why.zh();
        row.explanationEn = why.en();
        row.status = ProposalStatus.PROPOSED;
        row.createdAt = Timestamps.now();
        return row;
    }
}
