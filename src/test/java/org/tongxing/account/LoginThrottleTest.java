package org.tongxing.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.tongxing.account.TestAccounts.PASSWORD;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.tongxing.account.TestAccounts.Account;
import org.tongxing.notification.Notification;
import org.tongxing.notification.NotificationKind;
import org.tongxing.support.Concurrently;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * After 5 failures in 15 minutes of one account from one address (or one known device), or 20 from one address,
 * attempts there wait 30 s, doubling per failure; after 10 of an account from anywhere, every address waits at most a
 * minute between attempts; a device that signed in before is held up by its own failures only.
 */
@QuarkusTest
@TestProfile(FreshInstallBehindProxy.class)
class LoginThrottleTest {

    private static final String WRONG = "Wrong-password-0000";

    @Test
    void afterFiveFailuresEvenTheRightPasswordMustWait() {
        Account worker = TestAccounts.worker();
        SignInClient client = SignInClient.somewhere();
        failFiveTimes(client, worker.username());

        Response refused = client.login(worker.username(), PASSWORD);

        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("/problems/too-many-requests")).body("status", equalTo(429))
                .header("Retry-After", equalTo("30"));
        assertThat(refused.cookie(SessionService.COOKIE)).isNull();
    }

    @Test
    void aClientThatWaitsAsLongAsRetryAfterSaysIsLetIn() {
        Account worker = TestAccounts.worker();
        SignInClient client = SignInClient.somewhere();
        failFiveTimes(client, worker.username());

        client.waitsSeconds(
                client.login(worker.username(), PASSWORD).then().statusCode(429).extract().header("Retry-After"));

        client.login(worker.username(), PASSWORD).then().statusCode(200);
    }

    @Test
    void eachFurtherFailureDoublesTheWait() {
        Account worker = TestAccounts.worker();
        SignInClient client = SignInClient.somewhere();
        failFiveTimes(client, worker.username());

        for (String expected : new String[] {"30", "60", "120", "240"}) {
            String retryAfter = client.login(worker.username(), PASSWORD).then().statusCode(429)
                    .extract().header("Retry-After");
            assertThat(retryAfter).isEqualTo(expected);
            client.waitsSeconds(retryAfter);
            client.login(worker.username(), WRONG).then().statusCode(401);
        }
        client.login(worker.username(), PASSWORD).then().statusCode(429).header("Retry-After", equalTo("480"));
    }

    @Test
    void attemptsWhileWaitingAreRefusedUncheckedAndDoNotProlongTheWait() {
        Account worker = TestAccounts.worker();
        SignInClient client = SignInClient.somewhere();
        failFiveTimes(client, worker.username());

        for (int i = 0; i < 5; i++) {
            client.login(worker.username(), WRONG).then().statusCode(429);
        }
        client.waits(Duration.ofSeconds(30));

        client.login(worker.username(), PASSWORD).then().statusCode(200);
    }

    @Test
    void failuresOlderThanFifteenMinutesAreForgotten() {
        Account worker = TestAccounts.worker();
        SignInClient client = SignInClient.somewhere();
        for (int i = 0; i < 4; i++) {
            client.login(worker.username(), WRONG).then().statusCode(401);
        }
        client.waits(Duration.ofMinutes(15).plusSeconds(1));
        for (int i = 0; i < 4; i++) {
            client.login(worker.username(), WRONG).then().statusCode(401);
        }

        client.login(worker.username(), PASSWORD).then().statusCode(200);
    }

    @Test
    void failuresFromAnotherAddressDoNotStopTheOwner() {
        Account worker = TestAccounts.worker();
        failFiveTimes(SignInClient.somewhere(), worker.username());

        SignInClient.somewhere().login(worker.username(), PASSWORD).then().statusCode(200);
    }

    @Test
    void anAttackFromManyAddressesDelaysANewDeviceOnlyBoundedlyAndStillSlowsTheAttacker() {
        Account worker = TestAccounts.worker();
        List<SignInClient> attackers = attackFromFiveAddresses(worker.username());
        SignInClient.somewhere().login(worker.username(), PASSWORD).then().statusCode(429)
                .header("Retry-After", equalTo("30"));
        attackers.get(0).login(worker.username(), WRONG).then().statusCode(429);
        for (SignInClient attacker : attackers) {
            attacker.waits(Duration.ofSeconds(60));
            attacker.login(worker.username(), WRONG).then().statusCode(401);
        }
        SignInClient owner = SignInClient.somewhere();

        owner.login(worker.username(), PASSWORD).then().statusCode(429).header("Retry-After", equalTo("60"));
        owner.waits(Duration.ofSeconds(60));
        owner.login(worker.username(), PASSWORD).then().statusCode(200);
    }

    @Test
    void aDeviceThatSignedInBeforeKeepsSigningInWhateverOthersFailed() {
        Account worker = TestAccounts.worker();
        SignInClient phone = SignInClient.somewhere();
        phone.login(worker.username(), PASSWORD).then().statusCode(200);
        SignInClient sameAddress = SignInClient.at(phone.address);
        failFiveTimes(sameAddress, worker.username());
        failTimes(SignInClient.somewhere(), worker.username(), 4);
        failTimes(SignInClient.somewhere(), worker.username(), 1);
        sameAddress.login(worker.username(), PASSWORD).then().statusCode(429);

        phone.login(worker.username(), PASSWORD).then().statusCode(200);
        phone.elsewhere().login(worker.username(), PASSWORD).then().statusCode(200);
    }

    @Test
    void aKnownDeviceIsThrottledByItsOwnFailuresOnly() {
        Account worker = TestAccounts.worker();
        SignInClient phone = SignInClient.somewhere();
        phone.login(worker.username(), PASSWORD).then().statusCode(200);
        failFiveTimes(phone, worker.username());

        phone.login(worker.username(), PASSWORD).then().statusCode(429).header("Retry-After", equalTo("30"));
    }

    @Test
    void theHolderIsToldOnceWhenTheAccountComesUnderAttack() {
        Account worker = TestAccounts.worker();
        attackFromFiveAddresses(worker.username());

        List<Notification> notices = QuarkusTransaction.requiringNew()
                .call(() -> Notification.<Notification>list("recipientId", worker.id()));
        assertThat(notices).extracting(n -> n.kind).containsExactly(NotificationKind.SIGN_IN_FAILURES);
    }

    @Test
    void theAddressCountedIsTheOneTheTrustedProxyReports() {
        SignInClient client = SignInClient.somewhere();
        client.login(TestAccounts.username("nobody"), WRONG).then().statusCode(401);

        List<String> addresses = QuarkusTransaction.requiringNew().call(() -> LoginAttempt
                .<LoginAttempt>list("address", client.address).stream().map(a -> a.address).toList());
        assertThat(addresses).containsExactly(client.address);
    }

    @Test
    void aSuccessfulSignInResetsTheAccountsCount() {
        Account worker = TestAccounts.worker();
        SignInClient office = SignInClient.somewhere();
        SignInClient home = SignInClient.somewhere();
        for (int i = 0; i < 4; i++) {
            office.login(worker.username(), WRONG).then().statusCode(401);
        }
        office.login(worker.username(), PASSWORD).then().statusCode(200);
        for (int i = 0; i < 4; i++) {
            home.login(worker.username(), WRONG).then().statusCode(401);
        }

        home.login(worker.username(), PASSWORD).then().statusCode(200);
    }

    @Test
    void httpBasicIsRefusedWhereTheFormIsThrottledAndNowhereElse() {
        Account worker = TestAccounts.worker();
        SignInClient client = SignInClient.somewhere();
        failFiveTimes(client, worker.username());

        client.basic(worker.username(), PASSWORD).then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("/problems/too-many-requests")).header("Retry-After", equalTo("30"));
        SignInClient.somewhere().basic(worker.username(), PASSWORD).then().statusCode(200);
    }

    @Test
    void httpBasicFailuresThrottleTheForm() {
        Account worker = TestAccounts.worker();
        SignInClient client = SignInClient.somewhere();
        for (int i = 0; i < 5; i++) {
            client.basic(worker.username(), WRONG).then().statusCode(401);
        }

        client.basic(worker.username(), PASSWORD).then().statusCode(429);
        client.login(worker.username(), PASSWORD).then().statusCode(429).header("Retry-After", equalTo("30"));
    }

    @Test
    void guessesSentAllAtOnceAreThrottledLikeGuessesSentOneByOne() throws Exception {
        Account worker = TestAccounts.worker();
        SignInClient client = SignInClient.somewhere();

        List<Integer> statuses = Concurrently.run(12, i -> client.login(worker.username(), WRONG).statusCode());

        assertThat(statuses).filteredOn(status -> status == 401).hasSize(5);
        assertThat(statuses).filteredOn(status -> status == 429).hasSize(7);
    }

    /** Ten failures, two from each of five addresses: the account is under attack. */
    private static List<SignInClient> attackFromFiveAddresses(String username) {
        List<SignInClient> attackers = Stream.generate(SignInClient::somewhere).limit(5).toList();
        attackers.forEach(attacker -> failTimes(attacker, username, 2));
        return attackers;
    }

    private static void failFiveTimes(SignInClient client, String username) {
        failTimes(client, username, 5);
    }

    private static void failTimes(SignInClient client, String username, int times) {
        for (int i = 0; i < times; i++) {
            client.login(username, WRONG).then().statusCode(401).contentType("application/problem+json")
                    .body("type", equalTo("/problems/unauthorized"));
        }
    }
}
