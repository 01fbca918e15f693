package org.tongxing.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.tongxing.common.Timestamps;

/**
 * Slows down password guessing. Failures are counted per account (since its last success) and per address,
 * within the window; from the configured count on, each further attempt must wait a delay that doubles with
 * every failure. Attempts made while waiting are refused without checking the password and not counted.
 * The counts live in the database so every instance sees them, and attempts for one account or from one
 * address take turns, so that guesses sent all at once are counted like guesses sent one by one.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    ThrottleConfig config;

    @Inject
    EntityManager em;

    /**
     * Waits until no other attempt for this account or from this address is being checked, and holds the turn
     * until the caller's transaction ends, by which time its own attempt is recorded. Otherwise parallel
     * guesses would all pass {@link #waitFor} before the first of them was counted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void takeTurn(String username, String address) {
        // Separate key spaces, and always the account before the address, so that two attempts cannot deadlock.
        lock(1, username);
        lock(2, address);
    }

    /** How long the caller must still wait, or zero. */
    public Duration waitFor(String username, String address) {
        Instant now = Timestamps.now();
        Instant since = now.minus(config.window());
        Duration forAccount = delay(recentFailures("username = ?1 and occurredAt > ?2"
                + " and occurredAt > coalesce((select max(s.occurredAt) from LoginAttempt s"
                + " where s.username = ?1 and s.succeeded = true), ?2)", username, since), now);
        Duration forAddress = delay(recentFailures("address = ?1 and occurredAt > ?2", address, since), now);
        return forAccount.compareTo(forAddress) >= 0 ? forAccount : forAddress;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String username, String address, boolean succeeded) {
        LoginAttempt attempt = new LoginAttempt();
        attempt.occurredAt = Timestamps.now();
        attempt.username = username;
        attempt.address = address;
        attempt.succeeded = succeeded;
        attempt.persist();
    }

    private void lock(int space, String key) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1, hashtext(?2))").setParameter(1, space)
                .setParameter(2, key).getSingleResult();
    }

    private List<Instant> recentFailures(String where, String key, Instant since) {
        return LoginAttempt
                .<LoginAttempt>find("succeeded = false and " + where + " order by occurredAt desc", key, since)
                .list().stream().map(a -> a.occurredAt).toList();
    }

    private Duration delay(List<Instant> failuresNewestFirst, Instant now) {
        int failures = failuresNewestFirst.size();
        if (failures < config.failures()) {
            return Duration.ZERO;
        }
        Duration delay = config.firstDelay().multipliedBy(1L << Math.min(20, failures - config.failures()));
        if (delay.compareTo(config.maxDelay()) > 0) {
            delay = config.maxDelay();
        }
        Duration remaining = Duration.between(now, failuresNewestFirst.get(0).plus(delay));
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }
}
