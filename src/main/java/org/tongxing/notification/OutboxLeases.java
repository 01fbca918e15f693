package org.tongxing.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * The outbox's short transactions: taking due rows for a while (a lease) and recording how each send went.
 * None of them waits on the network, so no row lock is ever held while an e-mail is on its way.
 */
@ApplicationScoped
public class OutboxLeases {

    @Inject
    EntityManager em;

    @Inject
    OutboxConfig config;

    /**
     * Takes up to {@code max} due rows that no other sender holds. SKIP LOCKED keeps two senders taking rows at
     * the same moment apart; the lease keeps them apart afterwards, while the rows are being sent. An attempt
     * is counted here, so a sender that dies mid-send still uses one up.
     */
    @Transactional
    public OutboxLease take(Instant now, int max) {
        UUID token = UUID.randomUUID();
        Instant until = now.plus(config.lease());
        List<Notification> due = due(now, max);
        for (Notification n : due) {
            n.leaseUntil = until;
            n.leaseToken = token;
            n.emailAttempts++;
        }
        return new OutboxLease(token, until, due.stream().map(OutboxLease.Email::from).toList());
    }

    private List<Notification> due(Instant now, int max) {
        return em.createQuery("from Notification where emailStatus = :pending and nextAttemptAt <= :now"
                + " and (leaseUntil is null or leaseUntil < :now) order by nextAttemptAt, id", Notification.class)
                .setParameter("pending", EmailStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(max)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2)
                .getResultList();
    }

    /** Records a delivered e-mail; false if the lease had passed to another sender meanwhile. */
    @Transactional
    public boolean sent(OutboxLease lease, OutboxLease.Email email, Instant at) {
        return em.createQuery("update Notification set emailStatus = :sent, sentAt = :at, nextAttemptAt = null,"
                + " leaseUntil = null, leaseToken = null where id = :id and leaseToken = :token")
                .setParameter("sent", EmailStatus.SENT)
                .setParameter("at", at)
                .setParameter("id", email.id())
                .setParameter("token", lease.token())
                .executeUpdate() == 1;
    }

    /** Records a failed send, to be retried at {@code retryAt} or, if that is null, given up. */
    @Transactional
    public boolean failed(OutboxLease lease, OutboxLease.Email email, String error, Instant retryAt) {
        return em.createQuery("update Notification set emailStatus = :status, nextAttemptAt = :retryAt,"
                + " lastError = :error, leaseUntil = null, leaseToken = null where id = :id and leaseToken = :token")
                .setParameter("status", retryAt == null ? EmailStatus.FAILED : EmailStatus.PENDING)
                .setParameter("retryAt", retryAt)
                .setParameter("error", error)
                .setParameter("id", email.id())
                .setParameter("token", lease.token())
                .executeUpdate() == 1;
    }

    /** Hands back rows this sender took but will not try now, without counting an attempt. */
    @Transactional
    public void release(OutboxLease lease, Collection<Long> ids) {
        em.createQuery("update Notification set leaseUntil = null, leaseToken = null,"
                + " emailAttempts = emailAttempts - 1 where id in :ids and leaseToken = :token")
                .setParameter("ids", ids)
                .setParameter("token", lease.token())
                .executeUpdate();
    }
}
