package org.tongxing.matching;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tongxing.common.Timestamps;
import org.tongxing.need.Need;
import org.tongxing.need.NeedCategory;
import org.tongxing.need.NeedStatus;
import org.tongxing.volunteer.Volunteer;

import io.quarkus.panache.common.Parameters;

/**
 * What proposals not yet decided hold: their volunteers' places, their leads' places and the needs they would take.
 * A PAIRS and a GROUPS run of one district plan apart, so each counts what the other's open proposals hold, and
 * accepting everything never finds a place or a need taken by the other. A run replaces (EXPIRED) the open proposals of
 * its own kind over its own households: it plans them again.
 */
public final class OpenProposals {

    /** @param places by volunteer; @param leads by cadre; @param needs need ids a pair or group would take */
    public record Held(Map<Long, Integer> places, Map<Long, Integer> leads, Set<Long> needs) {
    }

    private OpenProposals() {
    }

    /** Held in the district by open proposals a run of this kind over this scope does not replace. */
    public static Held besides(RunKind kind, String scope) {
        List<MatchingProposal> open = MatchingProposal.list("status = :open and householdId in (select h.id from "
                + "Household h where h.areaCode like :district) and not (kind = :kind and householdId in (select h.id "
                + "from Household h where h.areaCode like :scope))",
                Parameters.with("open", ProposalStatus.PROPOSED)
                        .and("district", scope.substring(0, 6) + "%").and("kind", kind).and("scope", scope + "%"));
        Map<Long, Integer> places = new HashMap<>();
        Map<Long, Integer> leads = new HashMap<>();
        Set<Long> needs = new HashSet<>();
        for (MatchingProposal p : open) {
            if (p.kind == RunKind.PAIRS) {
                places.merge(p.volunteerId, 1, Integer::sum);
                needs.add(p.needId);
            } else {
                p.members.forEach(m -> places.merge(m.volunteerId, 1, Integer::sum));
                if (p.cadreId != null) {
                    leads.merge(p.cadreId, 1, Integer::sum);
                }
                needs.addAll(groupNeeds(p));
            }
        }
        return new Held(places, leads, needs);
    }

    /** The needs of the household that open pair proposals would take: a group accepted meanwhile leaves them. */
    public static Set<Long> pairedNeedsOf(long householdId) {
        return new HashSet<>(MatchingProposal.getEntityManager().createQuery("select p.needId from MatchingProposal p "
                + "where p.householdId = ?1 and p.kind = ?2 and p.status = ?3", Long.class)
                .setParameter(1, householdId).setParameter(2, RunKind.PAIRS).setParameter(3, ProposalStatus.PROPOSED)
                .getResultList());
    }

    /** Open proposals of this kind over the scope's households, other than the run's own, are replaced by it. */
    public static int replace(RunKind kind, String scope, long runId) {
        return MatchingProposal.update("status = :expired, failure = :why, decidedAt = :now, version = version + 1 "
                + "where status = :open and kind = :kind and runId <> :run and householdId in (select h.id from "
                + "Household h where h.areaCode like :scope)",
                Parameters.with("expired", ProposalStatus.EXPIRED)
                        .and("why", "Replaced by matching run " + runId).and("now", Timestamps.now())
                        .and("open", ProposalStatus.PROPOSED).and("kind", kind).and("run", runId)
                        .and("scope", scope + "%"));
    }

    /** As acceptance takes them: the mother's open needs that some proposed member can help with. */
    private static Set<Long> groupNeeds(MatchingProposal p) {
        Set<NeedCategory> covered = EnumSet.noneOf(NeedCategory.class);
        List<Long> members = p.members.stream().map(m -> m.volunteerId).toList();
        if (!members.isEmpty()) {
            Volunteer.<Volunteer>list("id in ?1", members).forEach(v -> covered.addAll(v.skills));
        }
        Set<Long> needs = new HashSet<>();
        for (Need n : Need.<Need>list("householdId = ?1 and status = ?2", p.householdId, NeedStatus.OPEN)) {
            if (covered.contains(n.category)) {
                needs.add(n.id);
            }
        }
        return needs;
    }
}
