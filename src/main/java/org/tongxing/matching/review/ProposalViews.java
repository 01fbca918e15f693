package org.tongxing.matching.review;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.tongxing.area.AreaNames;
import org.tongxing.cadre.Cadre;
import org.tongxing.household.Household;
import org.tongxing.matching.MatchingProposal;
import org.tongxing.matching.ProposalMember;
import org.tongxing.matching.solver.Explanation;
import org.tongxing.need.Need;
import org.tongxing.need.NeedCategory;
import org.tongxing.volunteer.Volunteer;

/** Proposals with the names and facts a reviewer needs, looked up in a few queries per list. */
@ApplicationScoped
public class ProposalViews {

    @Inject
    AreaNames areaNames;

    public List<ProposalView> of(List<MatchingProposal> proposals) {
        Map<Long, Household> households = byId(Household.list("id in ?1", ids(proposals, p -> List.of(p.householdId))),
                (Household h) -> h.id);
        Map<Long, Need> needs = byId(
                Need.list("id in ?1", ids(proposals, p -> p.needId == null ? List.of() : List.of(p.needId))),
                (Need n) -> n.id);
        Map<Long, Volunteer> volunteers = byId(Volunteer.list("id in ?1", ids(proposals, ProposalViews::volunteerIds)),
                (Volunteer v) -> v.id);
        Map<Long, Cadre> cadres = byId(
                Cadre.list("id in ?1", ids(proposals, p -> p.cadreId == null ? List.of() : List.of(p.cadreId))),
                (Cadre c) -> c.id);
        return proposals.stream().map(p -> view(p, households.get(p.householdId), needs.get(p.needId), volunteers,
                cadres.get(p.cadreId))).toList();
    }

    private ProposalView view(MatchingProposal p, Household h, Need need, Map<Long, Volunteer> volunteers,
            Cadre cadre) {
        return new ProposalView(p.id, p.runId, p.kind, p.status, p.householdId, h.areaCode,
                areaNames.nameZh(h.areaCode),
                h.composition,
                need == null ? null
                        : new ProposalView.NeedSummary(need.id, need.category, need.urgency, need.publicDescription),
                p.volunteerId == null ? null : person(volunteers.get(p.volunteerId)),
                cadre == null ? null
                        : new ProposalView.Person(cadre.id, cadre.name, cadre.areaCode,
                                areaNames.nameZh(cadre.areaCode)),
                p.members.stream().map(m -> member(m, volunteers)).toList(), uncovered(p.uncovered), p.cost,
                p.costParts,
                new Explanation(p.explanationZh, p.explanationEn), p.rejectReason, p.failure, p.decidedAt, p.version);
    }

    private ProposalView.Member member(ProposalMember m, Map<Long, Volunteer> volunteers) {
        return new ProposalView.Member(m.seat, person(volunteers.get(m.volunteerId)), m.cost, m.costParts,
                new Explanation(m.explanationZh, m.explanationEn));
    }

    private ProposalView.Person person(Volunteer v) {
        return new ProposalView.Person(v.id, v.name, v.areaCode, areaNames.nameZh(v.areaCode));
    }

    private static List<NeedCategory> uncovered(String names) {
        return names == null || names.isBlank() ? List.of()
                : Arrays.stream(names.split(",")).map(NeedCategory::valueOf).toList();
    }

    private static List<Long> volunteerIds(MatchingProposal p) {
        List<Long> ids = p.members.stream().map(m -> m.volunteerId).collect(Collectors.toList());
        if (p.volunteerId != null) {
            ids.add(p.volunteerId);
        }
        return ids;
    }

    /** "in ()" is not valid SQL, so an empty list asks for an id no row has. */
    private static List<Long> ids(List<MatchingProposal> proposals, Function<MatchingProposal, Collection<Long>> ids) {
        Set<Long> all = new HashSet<>();
        proposals.forEach(p -> all.addAll(ids.apply(p)));
        return all.isEmpty() ? List.of(-1L) : List.copyOf(all);
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
