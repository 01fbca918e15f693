package org.tongxing.matching.run;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tongxing.household.Composition;
import org.tongxing.household.HardshipCategory;
import org.tongxing.household.Household;
import org.tongxing.matching.CommitmentStatus;
import org.tongxing.matching.OpenProposals;
import org.tongxing.matching.RunKind;
import org.tongxing.matching.SupportGroup;
import org.tongxing.matching.domain.FormingGroup;
import org.tongxing.matching.solver.MatchingProblem;
import org.tongxing.need.Need;
import org.tongxing.need.NeedCategory;
import org.tongxing.need.NeedStatus;

/**
 * A GROUPS run's problem. A pillar mother (顶梁柱母亲) is the head of a SINGLE_MOTHER household registered in a
 * hardship category (anything but NONE) with at least one open need: her open needs are what her group's three
 * volunteers should cover. Active groups of the scope are included with their lead and members pinned, so
 * their empty seats can be filled and their volunteers' load is counted once. Needs that open pair proposals would
 * take are not hers to cover here, and a mother left with none gets no group: a group exists to cover needs. Places
 * held by open pair proposals count as the volunteers' load.
 */
final class GroupsProblem {

    private GroupsProblem() {
    }

    static ProblemLoader.Loaded load(String scope) {
        String like = scope + "%";
        List<Long> mothers = Household
                .<Household>list("composition = ?1 and hardshipCategory <> ?2 and areaCode like ?3",
                        Composition.SINGLE_MOTHER, HardshipCategory.NONE, like)
                .stream().map(h -> h.id).toList();
        OpenProposals.Held held = OpenProposals.besides(RunKind.GROUPS, scope);
        Map<Long, Set<NeedCategory>> needs = new HashMap<>();
        if (!mothers.isEmpty()) {
            for (Need n : Need.<Need>list("status = ?1 and householdId in ?2", NeedStatus.OPEN, mothers)) {
                if (!held.needs().contains(n.id)) {
                    needs.computeIfAbsent(n.householdId, k -> EnumSet.noneOf(NeedCategory.class)).add(n.category);
                }
            }
        }
        Map<Long, SupportGroup> active = new HashMap<>();
        for (SupportGroup g : SupportGroup
                .<SupportGroup>list("status = ?1 and householdId in (select h.id from Household h "
                        + "where h.areaCode like ?2)", CommitmentStatus.ACTIVE, like)) {
            active.put(g.householdId, g);
            addNeedsOf(g, needs);
        }
        Set<Long> households = new LinkedHashSet<>(needs.keySet());
        households.addAll(active.keySet());
        Families families = Families.of(households);

        List<FormingGroup> groups = new ArrayList<>();
        Map<Long, Integer> seats = new HashMap<>();
        Map<Long, Integer> led = new HashMap<>();
        int pinned = 0;
        for (Long household : households.stream().sorted().toList()) {
            SupportGroup existing = active.get(household);
            List<Long> members = existing == null ? List.of()
                    : existing.activeMembers().stream().map(m -> m.volunteerId).toList();
            Long cadre = existing == null ? null : existing.cadreId;
            members.forEach(v -> seats.merge(v, 1, Integer::sum));
            if (cadre != null) {
                led.merge(cadre, 1, Integer::sum);
                pinned++;
            }
            pinned += members.size();
            groups.add(new FormingGroup(household, families.get(household),
                    needs.getOrDefault(household, Set.of()), cadre, members));
        }
        String district = scope.substring(0, 6);
        var volunteers = HelperPool.volunteers(district, seats, held.places());
        MatchingProblem problem = new MatchingProblem(volunteers, HelperPool.cadres(district, led, held.leads()),
                List.of(), groups,
                ProblemLoader.conflicts(households));
        return new ProblemLoader.Loaded(problem, groups.size(), volunteers.size(), pinned);
    }

    /** An active group keeps caring for the needs it took on while they are still being met. */
    private static void addNeedsOf(SupportGroup group, Map<Long, Set<NeedCategory>> needs) {
        if (group.needIds.isEmpty()) {
            return;
        }
        for (Need n : Need.<Need>list("id in ?1 and status not in ?2", List.copyOf(group.needIds),
                List.of(NeedStatus.FULFILLED, NeedStatus.CANCELLED))) {
            needs.computeIfAbsent(group.householdId, k -> EnumSet.noneOf(NeedCategory.class)).add(n.category);
        }
    }
}
