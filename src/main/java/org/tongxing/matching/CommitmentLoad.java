package org.tongxing.matching;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.hibernate.orm.panache.Panache;

/** How many places people hold now: a volunteer's active pairs and group seats, a cadre's active groups. */
public final class CommitmentLoad {

    private CommitmentLoad() {
    }

    public static Map<Long, Integer> ofVolunteers(Collection<Long> volunteerIds) {
        Map<Long, Integer> load = new HashMap<>();
        if (volunteerIds.isEmpty()) {
            return load;
        }
        List<Long> ids = List.copyOf(volunteerIds);
        counts("select p.volunteerId, count(p) from Pairing p where p.status = ?1 and p.volunteerId in ?2 group by p.volunteerId",
                CommitmentStatus.ACTIVE, ids).forEach((id, n) -> load.merge(id, n, Integer::sum));
        counts("select m.volunteerId, count(m) from GroupMember m where m.leftAt is null and m.group.status = ?1 "
                + "and m.volunteerId in ?2 group by m.volunteerId", CommitmentStatus.ACTIVE, ids)
                .forEach((id, n) -> load.merge(id, n, Integer::sum));
        return load;
    }

    public static int ofVolunteer(long volunteerId) {
        return ofVolunteers(List.of(volunteerId)).getOrDefault(volunteerId, 0);
    }

    /** Active groups led, by cadre. */
    public static Map<Long, Integer> ofCadres() {
        return counts("select g.cadreId, count(g) from SupportGroup g where g.status = ?1 group by g.cadreId",
                CommitmentStatus.ACTIVE);
    }

    public static int ofCadre(long cadreId) {
        return (int) SupportGroup.count("cadreId = ?1 and status = ?2", cadreId, CommitmentStatus.ACTIVE);
    }

    private static Map<Long, Integer> counts(String query, Object... parameters) {
        var q = Panache.getEntityManager().createQuery(query, Object[].class);
        for (int i = 0; i < parameters.length; i++) {
            q.setParameter(i + 1, parameters[i]);
        }
        Map<Long, Integer> counts = new HashMap<>();
        for (Object[] row : q.getResultList()) {
            counts.put((Long) row[0], ((Long) row[1]).intValue());
        }
        return counts;
    }
}
