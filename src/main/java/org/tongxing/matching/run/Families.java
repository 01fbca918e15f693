package org.tongxing.matching.run;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tongxing.claim.ClaimStatus;
import org.tongxing.common.ChinaTime;
import org.tongxing.household.Household;
import org.tongxing.matching.domain.Family;
import org.tongxing.volunteer.WeeklyAvailability;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Households as the matcher sees them. Case files record neither a family's languages nor its free times, so
 * a family is taken to speak with anyone and to be free whenever the volunteer is; the cost then prefers
 * volunteers with more free slots. Volunteers who served the family before (accepted claims, pairs, groups)
 * count for continuity.
 */
final class Families {

    private static final WeeklyAvailability ANY_TIME = new WeeklyAvailability(WeeklyAvailability.ALL);

    private Families() {
    }

    static Map<Long, Family> of(Collection<Long> householdIds) {
        Map<Long, Family> families = new HashMap<>();
        if (householdIds.isEmpty()) {
            return families;
        }
        List<Long> ids = List.copyOf(new HashSet<>(householdIds));
        Map<Long, Set<Long>> previous = previousVolunteers(ids);
        LocalDate today = ChinaTime.today();
        List<Household> households = Household.list("select distinct h from Household h left join fetch h.members "
                + "where h.id in ?1", ids);
        for (Household h : households) {
            // A pairing with a minor (under 18) needs a vetted volunteer.
            boolean minor = h.members.stream().anyMatch(m -> m.isMinorOn(today));
            families.put(h.id, new Family(h.id, h.areaCode, null, List.of(), ANY_TIME, null, null, minor,
                    previous.getOrDefault(h.id, Set.of())));
        }
        return families;
    }

    private static Map<Long, Set<Long>> previousVolunteers(List<Long> ids) {
        Map<Long, Set<Long>> previous = new HashMap<>();
        collect(previous, "select n.householdId, c.volunteerId from Claim c, Need n where c.needId = n.id "
                + "and c.volunteerId is not null and c.status in ?2 and n.householdId in ?1", ids,
                List.of(ClaimStatus.ACCEPTED, ClaimStatus.DELIVERED, ClaimStatus.CONFIRMED));
        collect(previous, "select p.householdId, p.volunteerId from Pairing p where p.householdId in ?1", ids, null);
        collect(previous,
                "select g.householdId, m.volunteerId from GroupMember m join m.group g where g.householdId in ?1",
                ids, null);
        return previous;
    }

    private static void collect(Map<Long, Set<Long>> into, String query, List<Long> ids, Object second) {
        var q = Panache.getEntityManager().createQuery(query, Object[].class).setParameter(1, ids);
        if (second != null) {
            q.setParameter(2, second);
        }
        for (Object[] row : q.getResultList()) {
            into.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((Long) row[1]);
        }
    }
}
