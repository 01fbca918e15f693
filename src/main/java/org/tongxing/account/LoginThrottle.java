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
 * Slows down password guessing without letting anyone lock an account for others (OWASP's authentication and
 * credential-stuffing guidance). A device that signed in to the account before (its device cookie) counts only its
 * own failures. Any other client counts the failures of the account from its address and those from its address for
 * any account: from the configured counts on, each further attempt waits a delay that doubles per failure. Against
 * guessing spread over many addresses, once the account itself has failed often, every address waits a bounded time
 * between its attempts (a first attempt is deferred): the attacker's guesses slow down, yet the owner always gets in
 * within that bound. Attempts made while waiting are refused without checking the password and not counted. The
 * counts live in the database so every instance sees them, and attempts for one account or from one address take
 * turns, so that guesses sent all at once are counted like guesses sent one by one.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final String SINCE_SUCCESS = " and occurredAt > coalesce((select max(s.occurredAt)"
            + " from LoginAttempt s where s.succeeded = true and %s), ?3)";

    @Inject
    ThrottleConfig config;

    @Inject
    EntityManager em;

    /** Who tries to sign in: the account, the client's address, and its device if it signed in to the account before. */
    public record Attempt(String username, String address, String knownDevice) {
    }

    /** How long the client must still wait, its delay (zero: check the password); watched while the account is under attack. */
    public record Admission(Duration delay, boolean watched) {
    }

    /**
     * Waits until no other attempt for this account or from this address is being checked, and holds the turn
     * until the caller's transaction ends, by which time its own attempt is recorded. Otherwise parallel
     * guesses would all pass {@link #admit} before the first of them was counted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void takeTurn(String username, String address) {
        // Separate key spaces, and always the account before the address, so that two attempts cannot deadlock.
        lock(1, username);
        lock(2, address);
    }

    /** Decides whether the attempt may be checked now; a deferred first attempt is recorded, starting its wait. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Admission admit(Attempt attempt) {
        Instant now = Timestamps.now();
        if (attempt.knownDevice() != null) {
            return new Admission(doubling(deviceFailures(attempt, now), config.failures(), config.maxDelay(), now),
                    false);
        }
        Duration wait = longest(doubling(pairFailures(attempt, now), config.failures(), config.maxDelay(), now),
                doubling(addressFailures(attempt, now), config.addressFailures(), config.maxDelay(), now));
        int accountFailures = accountFailures(attempt.username(), now);
        if (accountFailures < config.accountFailures()) {
            return new Admission(wait, false);
        }
        return new Admission(longest(wait, turn(attempt, accountFailures, now)), true);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Attempt attempt, String device, boolean succeeded) {
        persist(attempt, device, succeeded, false);
    }

    /** Whether this failure is the one that puts the account under attack, so its holder is told once. */
    public boolean justCameUnderAttack(String username) {
        return accountFailures(username, Timestamps.now()) == config.accountFailures();
    }

    /** Whether the device signed in to this account before. */
    public boolean knows(String device, String username) {
        return LoginAttempt.count("device = ?1 and username = ?2 and succeeded = true", device, username) > 0;
    }

    private Duration turn(Attempt attempt, int accountFailures, Instant now) {
        Duration turn = config.firstDelay()
                .multipliedBy(1L << Math.min(20, accountFailures - config.accountFailures()));
        turn = turn.compareTo(config.accountMaxDelay()) > 0 ? config.accountMaxDelay() : turn;
        List<LoginAttempt> last = LoginAttempt.<LoginAttempt>find("username = ?1 and address = ?2 and device is null"
                + " and succeeded = false and occurredAt > ?3 order by occurredAt desc", attempt.username(),
                attempt.address(), now.minus(turn)).page(0, 1).list();
        if (last.isEmpty()) {
            boolean waitedBefore = LoginAttempt.count("username = ?1 and address = ?2 and device is null"
                    + " and occurredAt > ?3", attempt.username(), attempt.address(), now.minus(config.window())) > 0;
            if (waitedBefore) {
                return Duration.ZERO;
            }
            persist(attempt, null, false, true);
            return turn;
        }
        return remaining(last.get(0).occurredAt.plus(turn), now);
    }

    private List<Instant> deviceFailures(Attempt a, Instant now) {
        return failures("username = ?1 and device = ?2 and occurredAt > ?3"
                + SINCE_SUCCESS.formatted("s.username = ?1 and s.device = ?2"), a.username(), a.knownDevice(),
                now.minus(config.window()));
    }

    private List<Instant> pairFailures(Attempt a, Instant now) {
        return failures("username = ?1 and address = ?2 and device is null and occurredAt > ?3"
                + SINCE_SUCCESS.formatted("s.username = ?1 and s.address = ?2"), a.username(), a.address(),
                now.minus(config.window()));
    }

    private List<Instant> addressFailures(Attempt a, Instant now) {
        return failures("address = ?1 and device is null and occurredAt > ?2", a.address(), now.minus(config.window()));
    }

    private int accountFailures(String username, Instant now) {
        return (int) LoginAttempt.count("username = ?1 and device is null and succeeded = false and deferred = false"
                + " and occurredAt > ?2 and occurredAt > coalesce((select max(s.occurredAt) from LoginAttempt s"
                + " where s.username = ?1 and s.succeeded = true), ?2)", username, now.minus(config.window()));
    }

    private void lock(int space, String key) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1, hashtext(?2))").setParameter(1, space)
                .setParameter(2, key).getSingleResult();
    }

    private static List<Instant> failures(String where, Object... params) {
        return LoginAttempt.<LoginAttempt>find("succeeded = false and deferred = false and " + where
                + " order by occurredAt desc", params).list().stream().map(a -> a.occurredAt).toList();
    }

    private Duration doubling(List<Instant> failuresNewestFirst, int threshold, Duration max, Instant now) {
        int failures = failuresNewestFirst.size();
        if (failures < threshold) {
            return Duration.ZERO;
        }
        Duration delay = config.firstDelay().multipliedBy(1L << Math.min(20, failures - threshold));
        return remaining(failuresNewestFirst.get(0).plus(delay.compareTo(max) > 0 ? max : delay), now);
    }

    private static Duration remaining(Instant until, Instant now) {
        Duration remaining = Duration.between(now, until);
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static void persist(Attempt attempt, String device, boolean succeeded, boolean deferred) {
        LoginAttempt row = new LoginAttempt();
        row.occurredAt = Timestamps.now();
        row.username = attempt.username();
        row.address = attempt.address();
        row.device = device;
        row.succeeded = succeeded;
        row.deferred = deferred;
        row.persist();
    }
}
