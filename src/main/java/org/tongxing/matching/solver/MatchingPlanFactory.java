package org.tongxing.matching.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.tongxing.matching.domain.Candidate;
import org.tongxing.matching.domain.FormingGroup;
import org.tongxing.matching.domain.GroupCadreSlot;
import org.tongxing.matching.domain.GroupLeader;
import org.tongxing.matching.domain.GroupVolunteerSlot;
import org.tongxing.matching.domain.MatchingPlan;
import org.tongxing.matching.domain.PairingRequest;

/** Turns a {@link MatchingProblem} into a plan the solver can work on: candidate lists, seats, pins. */
public final class MatchingPlanFactory {

    private MatchingPlanFactory() {
    }

    public static MatchingPlan create(MatchingProblem problem) {
        Eligibility eligibility = new Eligibility(problem.volunteers(), problem.cadres(), problem.conflicts());
        Map<Long, Candidate> volunteers = byId(problem.volunteers(), Candidate::id);
        Map<Long, GroupLeader> cadres = byId(problem.cadres(), GroupLeader::id);

        for (PairingRequest request : problem.pairingRequests()) {
            List<Candidate> candidates = new ArrayList<>(
                    eligibility.forPair(request.getFamily(), request.getCategory()));
            Candidate confirmed = volunteers.get(request.getConfirmedVolunteerId());
            pin(request, confirmed, candidates);
            request.setCandidates(candidates);
        }
        List<GroupCadreSlot> cadreSlots = new ArrayList<>();
        List<GroupVolunteerSlot> volunteerSlots = new ArrayList<>();
        for (FormingGroup group : problem.groups()) {
            cadreSlots.add(
                    cadreSlot(group, eligibility.forGroupLead(group.mother()), cadres.get(group.confirmedCadreId())));
            List<Candidate> candidates = eligibility.forGroupSeat(group.mother(), group.needs());
            for (int seat = 0; seat < FormingGroup.VOLUNTEER_SEATS; seat++) {
                Long confirmedId = seat < group.confirmedVolunteerIds().size() ? group.confirmedVolunteerIds().get(seat)
                        : null;
                volunteerSlots.add(volunteerSlot(group, seat, candidates, volunteers.get(confirmedId)));
            }
        }
        return new MatchingPlan(problem.volunteers(), problem.cadres(), problem.groups(), problem.conflicts(),
                problem.pairingRequests(), cadreSlots, volunteerSlots);
    }

    private static GroupCadreSlot cadreSlot(FormingGroup group, List<GroupLeader> candidates, GroupLeader confirmed) {
        GroupCadreSlot slot = new GroupCadreSlot(group.id(), group);
        List<GroupLeader> values = new ArrayList<>(candidates);
        if (confirmed != null) {
            if (!values.contains(confirmed)) {
                values.add(confirmed);
            }
            slot.setCadre(confirmed);
            slot.setConfirmed(true);
        }
        slot.setCandidates(values);
        return slot;
    }

    private static GroupVolunteerSlot volunteerSlot(FormingGroup group, int seat, List<Candidate> candidates,
            Candidate confirmed) {
        GroupVolunteerSlot slot = new GroupVolunteerSlot(group.id() * FormingGroup.VOLUNTEER_SEATS + seat, group);
        List<Candidate> values = new ArrayList<>(candidates);
        if (confirmed != null) {
            if (!values.contains(confirmed)) {
                values.add(confirmed);
            }
            slot.setVolunteer(confirmed);
            slot.setConfirmed(true);
        }
        slot.setCandidates(values);
        return slot;
    }

    /** A confirmed volunteer stays even if no longer "eligible" (the hard constraints then flag why). */
    private static void pin(PairingRequest request, Candidate confirmed, List<Candidate> candidates) {
        if (confirmed == null) {
            return;
        }
        if (!candidates.contains(confirmed)) {
            candidates.add(confirmed);
        }
        request.setVolunteer(confirmed);
        request.setConfirmed(true);
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
