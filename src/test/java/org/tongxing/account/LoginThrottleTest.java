package org.tongxing.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.tongxing.account.TestAccounts.PASSWORD;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongxing.account.TestAccounts.Account;
import org.tongxing.support.Concurrently;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** After 5 failures in 15 minutes for one account or one address, attempts wait 30 s, doubling per failure. */
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
    void anAccountUnderAttackIsLockedForEveryAddress() {
        Account worker = TestAccounts.worker();
        failFiveTimes(SignInClient.somewhere(), worker.username());

        SignInClient.somewhere().login(worker.username(), PASSWORD).then().statusCode(429);
    }

    @Test
    void failuresFromOneAddressThrottleItWhateverTheUsername() {
        SignInClient guesser = SignInClient.somewhere();
        for (int i = 0; i < 5; i++) {
            guesser.login(TestAccounts.username("guess"), WRONG).then().statusCode(401);
        }
        Account worker = TestAccounts.worker();

        guesser.login(worker.username(), PASSWORD).then().statusCode(429).header("Retry-After", equalTo("30"));
        SignInClient.somewhere().login(worker.username(), PASSWORD).then().statusCode(200);
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
    void httpBasicIsRefusedWhileTheFormIsThrottled() {
        Account worker = TestAccounts.worker();
        SignInClient client = SignInClient.somewhere();
        failFiveTimes(client, worker.username());

        client.basic(worker.username(), PASSWORD).then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("/problems/too-many-requests")).header("Retry-After", equalTo("30"));
        SignInClient.somewhere().basic(worker.username(), PASSWORD).then().statusCode(429);
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

    private static void failFiveTimes(SignInClient client, String username) {
        for (int i = 0; i < 5; i++) {
            client.login(username, WRONG).then().statusCode(401).contentType("application/problem+json")
                    .body("type", equalTo("/problems/unauthorized"));
        }
    }
}
