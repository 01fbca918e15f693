package org.tongxing.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.tongxing.account.SessionRevocationTest.assertRefused;
import static org.tongxing.account.SessionRevocationTest.assertSignedIn;
import static org.tongxing.account.TestAccounts.PASSWORD;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.tongxing.account.TestAccounts.Account;
import org.tongxing.common.Timestamps;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Idle and absolute expiry with the real timeouts (30 minutes idle, 12 hours absolute): instead of waiting,
 * each test moves its own session's timestamps into the past.
 */
@QuarkusTest
class SessionExpiryTest {

    @Test
    void theCookieLastsNoLongerThanTheAbsoluteTimeout() {
        Account worker = TestAccounts.worker();
        Response login = TestAccounts.login(worker.username(), PASSWORD);

        assertThat((long) login.detailedCookie(SessionService.COOKIE).getMaxAge())
                .isCloseTo(Duration.ofHours(12).toSeconds(), within(5L));
    }

    @Test
    void aSessionUnusedForLongerThanTheIdleTimeoutEnds() {
        Account worker = TestAccounts.worker();
        String session = TestAccounts.signIn(worker.username(), PASSWORD);

        setLastSeen(session, Timestamps.now().minus(Duration.ofMinutes(31)));

        assertRefused(session);
    }

    @Test
    void usingASessionKeepsItAlive() {
        Account worker = TestAccounts.worker();
        String session = TestAccounts.signIn(worker.username(), PASSWORD);
        setLastSeen(session, Timestamps.now().minus(Duration.ofMinutes(29)));

        assertSignedIn(session, worker);

        assertThat(stored(session).lastSeenAt).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        setLastSeen(session, stored(session).lastSeenAt.minus(Duration.ofMinutes(29)));
        assertSignedIn(session, worker);
    }

    @Test
    void aSessionEndsAtItsAbsoluteExpiryHoweverActive() {
        Account worker = TestAccounts.worker();
        String session = TestAccounts.signIn(worker.username(), PASSWORD);
        assertThat(stored(session).expiresAt).isCloseTo(Instant.now().plus(Duration.ofHours(12)),
                within(1, ChronoUnit.MINUTES));

        QuarkusTransaction.requiringNew().run(() -> UserSession.update("expiresAt = ?1 where tokenHash = ?2",
                Timestamps.now().minusSeconds(1), SessionService.hash(session)));

        assertRefused(session);
    }

    @Test
    void onlyAHashOfTheCookieIsStored() {
        Account worker = TestAccounts.worker();
        String session = TestAccounts.signIn(worker.username(), PASSWORD);

        UserSession stored = stored(session);

        assertThat(stored.tokenHash).isNotEqualTo(session).hasSize(64);
        assertThat(stored.userId).isEqualTo(worker.id());
    }

    private static void setLastSeen(String session, Instant lastSeen) {
        QuarkusTransaction.requiringNew().run(() -> UserSession.update("lastSeenAt = ?1 where tokenHash = ?2",
                lastSeen, SessionService.hash(session)));
    }

    private static UserSession stored(String session) {
        return QuarkusTransaction.requiringNew().call(
                () -> UserSession.<UserSession>find("tokenHash", SessionService.hash(session)).firstResult());
    }
}
