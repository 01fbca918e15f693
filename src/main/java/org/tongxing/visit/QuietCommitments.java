package org.tongxing.visit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * How many active pairs and 1+3+1 groups in each cadre's area went quiet (level 1: past the rhythm plus the first
 * grace; level 2: past the second), for the weekly digest. The alerts job sets the level; this only counts it, so
 * the digest and the alerts never disagree on what is quiet.
 */
@ApplicationScoped
class QuietCommitments {

    /** One cadre's quiet commitments at the first and the second level. */
    record Counts(long first, long second) {

        static final Counts NONE = new Counts(0, 0);

        long total() {
            return first + second;
        }
    }

    private static final String QUIET = "select h.area_code, p.quiet_level from pairing p join household h"
            + " on h.id = p.household_id where p.status = 'ACTIVE' and p.quiet_level > 0 union all"
            + " select h.area_code, g.quiet_level from support_group g join household h on h.id = g.household_id"
            + " where g.status = 'ACTIVE' and g.quiet_level > 0";

    @Inject
    EntityManager em;

    /** The cadres with quiet commitments in their area who have had no digest for the given week yet. */
    Map<Long, Counts> byCadre(java.time.LocalDate weekOf) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.id, q.quiet_level, count(*) from user_account c join ("
                + QUIET + ") q on q.area_code like c.area_code || '%' where c.role = 'CADRE' and c.enabled"
                + " and not exists (select 1 from visit_digest g where g.recipient_id = c.id"
                + " and g.week_of = cast(?1 as date)) group by c.id, q.quiet_level").setParameter(1, weekOf)
                .getResultList();
        Map<Long, Counts> counts = new HashMap<>();
        for (Object[] r : rows) {
            long n = ((Number) r[2]).longValue();
            Counts add = ((Number) r[1]).intValue() > 1 ? new Counts(0, n) : new Counts(n, 0);
            counts.merge(((Number) r[0]).longValue(), add,
                    (a, b) -> new Counts(a.first() + b.first(), a.second() + b.second()));
        }
        return counts;
    }
}
