package org.tongxing.matching.run;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.tongxing.matching.domain.Candidate;
import org.tongxing.matching.domain.Family;
import org.tongxing.matching.solver.MatchCosts;
import org.tongxing.need.NeedCategory;

/** One match's soft cost term by term, as the score counts it (the fair-load term belongs to the plan, not a match). */
final class CostParts {

    private CostParts() {
    }

    static Map<String, Long> of(Family family, Set<NeedCategory> asked, Candidate volunteer) {
        Map<String, Long> parts = new LinkedHashMap<>();
        parts.put("travel", MatchCosts.travel(family, volunteer));
        parts.put("availability", MatchCosts.availability(family, volunteer));
        parts.put("language", MatchCosts.language(family, volunteer));
        parts.put("gender", MatchCosts.gender(family, volunteer));
        parts.put("continuity", MatchCosts.continuity(family, volunteer));
        parts.put("preference", MatchCosts.preference(asked, volunteer));
        return parts;
    }

    static long sum(Map<String, Long> parts) {
        return parts.values().stream().mapToLong(Long::longValue).sum();
    }
}
