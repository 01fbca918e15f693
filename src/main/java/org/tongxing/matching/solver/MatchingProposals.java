package org.tongxing.matching.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.tongxing.matching.domain.Candidate;
import org.tongxing.matching.domain.FormingGroup;
import org.tongxing.matching.domain.GroupCadreSlot;
import org.tongxing.matching.domain.GroupVolunteerSlot;
import org.tongxing.matching.domain.MatchingPlan;
import org.tongxing.matching.domain.PairingRequest;
import org.tongxing.matching.domain.VolunteerAssignment;
import org.tongxing.need.NeedCategory;

/** A solved plan as proposals a cadre can review: one per request, one per group, each with its reasons. */
public record MatchingProposals(List<PairProposal> pairs, List<GroupProposal> groups) {

    /** @param volunteerId null when no eligible volunteer had room */
    public record PairProposal(long requestId, long needId, long householdId, Long volunteerId, boolean confirmed,
            Explanation explanation) {
    }

    public record GroupMember(long volunteerId, boolean confirmed, Explanation explanation) {
    }

    /** @param uncoveredNeeds what the proposed members together still cannot help with */
    public record GroupProposal(long householdId, Long cadreId, List<GroupMember> members,
            Set<NeedCategory> uncoveredNeeds) {
    }

    public static MatchingProposals of(MatchingPlan plan) {
        Map<Candidate, Integer> placesLeft = placesLeft(plan);
        List<PairProposal> pairs = new ArrayList<>();
        for (PairingRequest request : plan.getPairingRequests()) {
            Candidate volunteer = request.getVolunteer();
            pairs.add(new PairProposal(request.getId(), request.getNeedId(), request.getFamily().householdId(),
                    volunteer == null ? null : volunteer.id(), request.isConfirmed(),
                    volunteer == null ? null : explain(request, placesLeft)));
        }
        Map<FormingGroup, List<GroupMember>> members = new LinkedHashMap<>();
        Map<FormingGroup, Set<NeedCategory>> uncovered = new HashMap<>();
        for (GroupVolunteerSlot seat : plan.getVolunteerSlots()) {
            List<GroupMember> list = members.computeIfAbsent(seat.getGroup(), g -> new ArrayList<>());
            Set<NeedCategory> open = uncovered.computeIfAbsent(seat.getGroup(), g -> new TreeSet<>(g.needs()));
            if (seat.getVolunteer() != null) {
                list.add(new GroupMember(seat.getVolunteer().id(), seat.isConfirmed(), explain(seat, placesLeft)));
                open.removeAll(seat.getVolunteer().skills());
            }
        }
        List<GroupProposal> groups = new ArrayList<>();
        for (GroupCadreSlot lead : plan.getCadreSlots()) {
            FormingGroup group = lead.getGroup();
            groups.add(new GroupProposal(group.id(), lead.getCadre() == null ? null : lead.getCadre().id(),
                    List.copyOf(members.getOrDefault(group, List.of())),
                    Set.copyOf(uncovered.getOrDefault(group, Set.of()))));
        }
        return new MatchingProposals(pairs, groups);
    }

    private static Explanation explain(VolunteerAssignment assignment, Map<Candidate, Integer> placesLeft) {
        return MatchExplainer.explain(assignment.getFamily(), assignment.askedCategories(), assignment.getVolunteer(),
                placesLeft.get(assignment.getVolunteer()));
    }

    private static Map<Candidate, Integer> placesLeft(MatchingPlan plan) {
        Map<Candidate, Integer> left = new HashMap<>();
        List<VolunteerAssignment> assignments = new ArrayList<>(plan.getPairingRequests());
        assignments.addAll(plan.getVolunteerSlots());
        for (VolunteerAssignment assignment : assignments) {
            if (assignment.getVolunteer() != null) {
                left.merge(assignment.getVolunteer(), assignment.getVolunteer().freePlaces() - 1, (a, b) -> a - 1);
            }
        }
        return left;
    }
}
