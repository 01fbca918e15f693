package org.tongxing.notification;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.tongxing.common.Timestamps;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;

/**
 * Delivers the outbox by e-mail, at least once. Due rows are leased in a short transaction, each is sent
 * outside any transaction, and each outcome is recorded in a short transaction of its own: no row lock and no
 * transaction waits on an SMTP server. Several senders (threads or instances) share the work without sending a
 * row twice at the same time; a failure is retried later with a doubling delay; a restart loses nothing, as a
 * row stays PENDING until a send is recorded. At least once, not exactly once: if the server accepted an e-mail
 * but the sender died (or timed out) before recording it, the row is sent again once its lease has run out.
 * A write the database refuses is tried again; a send it still cannot record is kept in memory and recorded
 * before the next batch, and the rest of the batch is handed back rather than held for the whole lease.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);
    private static final int RECORD_ATTEMPTS = 3;
    private static final Duration RECORD_RETRY_PAUSE = Duration.ofMillis(200);

    @Inject
    OutboxLeases leases;

    @Inject
    Mailer mailer;

    @Inject
    OutboxConfig config;

    /** Outcomes sent but not yet recorded, because the database refused the write; recorded before anything new. */
    private final Queue<OutboxOutcome> unrecorded = new ConcurrentLinkedQueue<>();

    /** The most one blocking send may take (then it fails and is retried), so a stuck server costs only this. */
    @ConfigProperty(name = "quarkus.mailer.timeout")
    Duration sendLimit;

    @Scheduled(every = "{tongxing.outbox.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        deliverDue();
    }

    /**
     * Sends what is due now; returns how many e-mails went out. Refuses to run inside a transaction. Outcomes a
     * previous run could not record are recorded first; while any remains unrecorded (the database is still
     * failing) nothing new is taken.
     */
    @Transactional(Transactional.TxType.NEVER)
    public int deliverDue() {
        if (!recordUnrecorded()) {
            return 0;
        }
        long started = System.nanoTime();
        OutboxLease lease = leases.take(Timestamps.now(), config.batchSize());
        List<OutboxLease.Email> emails = lease.emails();
        int sent = 0;
        for (int i = 0; i < emails.size(); i++) {
            if (!lease.covers(Timestamps.now(), sendLimit)) {
                handBack(lease, emails.subList(i, emails.size()),
                        "the lease (" + config.lease() + ") is too short for them");
                break;
            }
            OutboxOutcome outcome = attempt(lease, emails.get(i));
            sent += outcome.sent() ? 1 : 0;
            if (!record(outcome)) {
                // The database refuses writes: stop sending what could not be recorded either, and hand the rest
                // back so they wait for the next run rather than for this lease to run out.
                unrecorded.add(outcome);
                handBack(lease, emails.subList(i + 1, emails.size()), "the database refuses the outbox's writes");
                break;
            }
        }
        LOG.debugf("Outbox run: %d taken, %d sent in %d ms", emails.size(), sent,
                (System.nanoTime() - started) / 1_000_000);
        return sent;
    }

    private OutboxOutcome attempt(OutboxLease lease, OutboxLease.Email email) {
        try {
            mailer.send(Mail.withText(email.to(), email.subject(), email.body()));
            return OutboxOutcome.sent(lease, email, Timestamps.now());
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            String error = message.length() > 300 ? message.substring(0, 300) : message;
            boolean giveUp = email.attempt() >= config.maxAttempts();
            LOG.warnf("E-mail for notification %d failed (attempt %d): %s", email.id(), email.attempt(), error);
            return OutboxOutcome.failed(lease, email, error,
                    giveUp ? null : Timestamps.now().plus(backoff(email.attempt())));
        }
    }

    /** Records an outcome, trying again briefly if the write fails (a dropped connection, a failover). */
    private boolean record(OutboxOutcome outcome) {
        for (int attempt = 1;; attempt++) {
            try {
                if (!outcome.recordIn(leases) && outcome.sent()) {
                    LOG.warnf("E-mail for notification %d was sent after its lease ran out; it may go out twice",
                            outcome.email().id());
                }
                return true;
            } catch (RuntimeException e) {
                if (attempt == RECORD_ATTEMPTS) {
                    LOG.warnf("Could not record the outcome of notification %d (%s); kept until the database takes it",
                            outcome.email().id(), e.getMessage());
                    return false;
                }
                pause(RECORD_RETRY_PAUSE.multipliedBy(attempt));
            }
        }
    }

    private boolean recordUnrecorded() {
        for (OutboxOutcome outcome = unrecorded.peek(); outcome != null; outcome = unrecorded.peek()) {
            if (!record(outcome)) {
                return false;
            }
            unrecorded.remove(outcome);
        }
        return true;
    }

    private void handBack(OutboxLease lease, List<OutboxLease.Email> untried, String reason) {
        if (untried.isEmpty()) {
            return;
        }
        try {
            leases.release(lease, untried.stream().map(OutboxLease.Email::id).toList());
            LOG.warnf("Outbox: %d e-mails handed back untried: %s", untried.size(), reason);
        } catch (RuntimeException e) {
            LOG.warnf("Outbox: could not hand back %d e-mails (%s); they wait for the lease to run out",
                    untried.size(), e.getMessage());
        }
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Duration backoff(int attempts) {
        return config.firstRetry().multipliedBy(1L << Math.min(16, attempts - 1));
    }
}
