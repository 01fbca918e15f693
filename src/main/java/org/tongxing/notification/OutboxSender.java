package org.tongxing.notification;

import java.time.Duration;
import java.util.List;

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
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);

    @Inject
    OutboxLeases leases;

    @Inject
    Mailer mailer;

    @Inject
    OutboxConfig config;

    /** The most one blocking send may take (then it fails and is retried), so a stuck server costs only this. */
    @ConfigProperty(name = "quarkus.mailer.timeout")
    Duration sendLimit;

    @Scheduled(every = "{tongxing.outbox.every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        deliverDue();
    }

    /** Sends what is due now; returns how many e-mails went out. Refuses to run inside a transaction. */
    @Transactional(Transactional.TxType.NEVER)
    public int deliverDue() {
        long started = System.nanoTime();
        OutboxLease lease = leases.take(Timestamps.now(), config.batchSize());
        List<OutboxLease.Email> emails = lease.emails();
        int sent = 0;
        for (int i = 0; i < emails.size(); i++) {
            if (!lease.covers(Timestamps.now(), sendLimit)) {
                handBack(lease, emails.subList(i, emails.size()));
                break;
            }
            sent += attempt(lease, emails.get(i)) ? 1 : 0;
        }
        LOG.debugf("Outbox run: %d taken, %d sent in %d ms", emails.size(), sent, (System.nanoTime() - started) / 1_000_000);
        return sent;
    }

    private boolean attempt(OutboxLease lease, OutboxLease.Email email) {
        try {
            mailer.send(Mail.withText(email.to(), email.subject(), email.body()));
        } catch (RuntimeException e) {
            failed(lease, email, String.valueOf(e.getMessage()));
            return false;
        }
        if (!leases.sent(lease, email, Timestamps.now())) {
            LOG.warnf("E-mail for notification %d was sent after its lease ran out; it may go out twice", email.id());
        }
        return true;
    }

    private void failed(OutboxLease lease, OutboxLease.Email email, String message) {
        String error = message.length() > 300 ? message.substring(0, 300) : message;
        boolean giveUp = email.attempt() >= config.maxAttempts();
        leases.failed(lease, email, error, giveUp ? null : Timestamps.now().plus(backoff(email.attempt())));
        LOG.warnf("E-mail for notification %d failed (attempt %d): %s", email.id(), email.attempt(), error);
    }

    private void handBack(OutboxLease lease, List<OutboxLease.Email> untried) {
        leases.release(lease, untried.stream().map(OutboxLease.Email::id).toList());
        LOG.warnf("Outbox lease (%s) too short for %d more e-mails; handed back", config.lease(), untried.size());
    }

    Duration backoff(int attempts) {
        return config.firstRetry().multipliedBy(1L << Math.min(16, attempts - 1));
    }
}
