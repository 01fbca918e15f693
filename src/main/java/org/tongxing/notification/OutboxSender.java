package org.tongxing.notification;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.tongxing.common.Timestamps;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;

/**
 * Delivers the outbox by e-mail. Rows are claimed with SKIP LOCKED so several instances share the work
 * without sending twice; a failure is retried later with a doubling delay; a restart loses nothing because
 * the row stays PENDING until a send succeeds.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);

    @Inject
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    OutboxConfig config;

    @Scheduled(every = "{tongxing.outbox.every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        deliverDue();
    }

    /** Sends what is due now; returns how many e-mails went out. */
    @Transactional
    public int deliverDue() {
        List<Notification> due = em.createQuery("from Notification where emailStatus = :pending"
                + " and nextAttemptAt <= :now order by nextAttemptAt", Notification.class)
                .setParameter("pending", EmailStatus.PENDING)
                .setParameter("now", Timestamps.now())
                .setMaxResults(config.batchSize())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2)
                .getResultList();
        int sent = 0;
        for (Notification n : due) {
            sent += attempt(n) ? 1 : 0;
        }
        return sent;
    }

    private boolean attempt(Notification n) {
        n.emailAttempts++;
        try {
            mailer.send(Mail.withText(n.emailTo, n.subject, n.body));
            n.emailStatus = EmailStatus.SENT;
            n.sentAt = Timestamps.now();
            n.nextAttemptAt = null;
            return true;
        } catch (RuntimeException e) {
            String error = String.valueOf(e.getMessage());
            n.lastError = error.length() > 300 ? error.substring(0, 300) : error;
            boolean giveUp = n.emailAttempts >= config.maxAttempts();
            n.emailStatus = giveUp ? EmailStatus.FAILED : EmailStatus.PENDING;
            n.nextAttemptAt = giveUp ? null : Timestamps.now().plus(backoff(n.emailAttempts));
            LOG.warnf("E-mail for notification %d failed (attempt %d): %s", n.id, n.emailAttempts, n.lastError);
            return false;
        }
    }

    Duration backoff(int attempts) {
        return config.firstRetry().multipliedBy(1L << Math.min(16, attempts - 1));
    }
}
