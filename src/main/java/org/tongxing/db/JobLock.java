package org.tongxing.db;

import jakarta.persistence.EntityManager;

/**
 * Scheduled jobs run on every instance; each takes a PostgreSQL advisory lock named for the job, held until its
 * transaction ends, so one instance does the work and the others find it taken and skip.
 */
public final class JobLock {

    private JobLock() {
    }

    /** Whether this transaction now holds the job's lock; false while another instance runs the job. */
    public static boolean tryTake(EntityManager em, String job) {
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext(?1))").setParameter(1, job)
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }
}
