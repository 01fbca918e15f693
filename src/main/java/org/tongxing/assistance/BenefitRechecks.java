package org.tongxing.assistance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.tongxing.common.ChinaTime;
import org.tongxing.common.Timestamps;
import org.tongxing.db.JobLock;
import org.tongxing.notification.Notifier;
import org.tongxing.notification.Recipients;

import io.quarkus.scheduler.Scheduled;

/**
 * Once a day: each granted benefit whose annual re-check falls within the notice period is announced to the
 * household's case workers, once per re-check date. A lapsed re-check stops a benefit, so the workers need the
 * time to visit and gather the papers. What was announced is recorded in the same transaction as the notices, and
 * one instance at a time runs (advisory lock).
 */
@ApplicationScoped
public class BenefitRechecks {

    private static final Logger LOG = Logger.getLogger(BenefitRechecks.class);

    @Inject
    AssistanceConfig config;

    @Inject
    Notifier notifier;

    @Inject
    Recipients recipients;

    @Inject
    EntityManager em;

    @Scheduled(cron = "{tongxing.assistance.rechecks-cron}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        run(Timestamps.now());
    }

    /** Returns how many re-checks were announced. */
    @Transactional
    public int run(Instant now) {
        if (!JobLock.tryTake(em, "tongxing-benefit-rechecks")) {
            return 0;
        }
        LocalDate today = now.atZone(ChinaTime.ZONE).toLocalDate();
        @SuppressWarnings("unchecked")
        List<Object[]> coming = em.createNativeQuery("with due as (select b.id, b.household_id, b.kind, b.recheck_on"
                + " from benefit b where b.status = 'GRANTED' and b.recheck_on between :today and :until),"
                + " sent as (insert into benefit_recheck_notice (benefit_id, recheck_on, sent_at)"
                + " select id, recheck_on, :now from due on conflict do nothing returning benefit_id)"
                + " select due.household_id, due.kind, due.recheck_on, h.area_code from sent"
                + " join due on due.id = sent.benefit_id join household h on h.id = due.household_id order by due.id")
                .setParameter("today", today).setParameter("until", today.plusDays(config.recheckNoticeDays()))
                .setParameter("now", now).getResultList();
        for (Object[] row : coming) {
            notifier.send(recipients.caseWorkersOf((String) row[3]),
                    RecheckNotices.coming(((Number) row[0]).longValue(),
                            BenefitKind.valueOf((String) row[1]), date(row[2])));
        }
        if (!coming.isEmpty()) {
            LOG.infof("Benefit re-checks: %d announced", coming.size());
        }
        return coming.size();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
