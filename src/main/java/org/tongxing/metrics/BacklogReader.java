package org.tongxing.metrics;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.tongxing.need.Visibility;

/** Reads the backlog in one short read-only transaction: two aggregate queries over partial indexes. */
@ApplicationScoped
public class BacklogReader {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Backlog read() {
        em.createNativeQuery("set transaction read only").executeUpdate();
        Object[] outbox = outbox();
        return new Backlog(openNeeds(), ((Number) outbox[0]).doubleValue(), ((Number) outbox[1]).doubleValue());
    }

    private Map<Visibility, Long> openNeeds() {
        Map<Visibility, Long> counts = new EnumMap<>(Visibility.class);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select visibility, count(*) from need where status = 'OPEN' group by visibility").getResultList();
        for (Object[] row : rows) {
            counts.put(Visibility.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** Due e-mails, and the age in seconds of the oldest one still pending (waiting for a retry included). */
    private Object[] outbox() {
        return (Object[]) em.createNativeQuery("select count(*) filter (where next_attempt_at <= now()),"
                + " coalesce(extract(epoch from now() - min(created_at)), 0) from notification"
                + " where email_status = 'PENDING'").getSingleResult();
    }
}
