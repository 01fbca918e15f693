package org.tongxing.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.tongxing.account.TestAccounts.NEW_PASSWORD;
import static org.tongxing.account.TestAccounts.PASSWORD;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.account.TestAccounts.Account;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Who is let in and who is not. Wrong passwords are counted by the throttle, hence the profile of the throttle tests. */
@QuarkusTest
@TestProfile(FreshInstallBehindProxy.class)
class AuthenticationTest {

    private static final String CHALLENGE = "Basic realm=\"Tongxing\"";

    @Test
    void withoutCredentialsTheApiAnswers401WithABasicChallenge() {
        given().auth().none().get("/api/needs").then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("/problems/unauthorized")).body("status", equalTo(401))
                .header("WWW-Authenticate", startsWith(CHALLENGE));
    }

    @Test
    void aWrongBasicPasswordIs401WithABasicChallenge() {
        Account worker = TestAccounts.worker();

        SignInClient.somewhere().basic(worker.username(), "Wrong-password-0000").then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo("/problems/unauthorized"))
                .header("WWW-Authenticate", startsWith(CHALLENGE));
    }

    @Test
    void aWrongPasswordAndAnUnknownUsernameAreRefusedAlike() {
        Account worker = TestAccounts.worker();
        SignInClient client = SignInClient.somewhere();

        Response wrongPassword = client.login(worker.username(), "Wrong-password-0000");
        Response unknownUser = client.login(TestAccounts.username("nobody"), "Wrong-password-0000");

        for (Response refused : List.of(wrongPassword, unknownUser)) {
            refused.then().statusCode(401).contentType("application/problem+json")
                    .body("type", equalTo("/problems/unauthorized"));
            assertThat(refused.cookie(SessionService.COOKIE)).isNull();
        }
        assertThat(wrongPassword.jsonPath().getString("detail")).isEqualTo(unknownUser.jsonPath().getString("detail"));
    }

    @Test
    void aDisabledAccountCannotSignInAndIsNotToldWhy() {
        Account worker = TestAccounts.worker();
        Map<String, Object> disable = AccountResourceTest.update(worker);
        disable.put("enabled", false);
        given().contentType(ContentType.JSON).body(disable).put("/api/users/" + worker.id()).then().statusCode(200);
        SignInClient client = SignInClient.somewhere();

        client.login(worker.username(), PASSWORD).then().statusCode(401).body("detail",
                equalTo("Wrong username or password"));
        client.basic(worker.username(), PASSWORD).then().statusCode(401);
    }

    @Test
    void afterAPasswordChangeOnlyTheNewPasswordSignsIn() {
        Account worker = TestAccounts.worker();
        SignInClient client = SignInClient.somewhere();
        given().auth().preemptive().basic(worker.username(), PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD)).put("/api/me/password")
                .then().statusCode(204);

        client.login(worker.username(), PASSWORD).then().statusCode(401);
        client.basic(worker.username(), PASSWORD).then().statusCode(401);
        client.login(worker.username(), NEW_PASSWORD).then().statusCode(200);
        client.basic(worker.username(), NEW_PASSWORD).then().statusCode(200);
    }

    @Test
    void aSignInWithoutUsernameOrPasswordIsInvalidRatherThanWrong() {
        given().auth().none().contentType(ContentType.JSON).body(Map.of("username", "someone"))
                .post("/api/auth/login").then().statusCode(400).body("type", equalTo("/problems/validation-failed"))
                .body("errors.field", equalTo(List.of("password")));
    }

    @Test
    void signingInRecordsWhenTheAccountWasLastUsed() {
        Account worker = TestAccounts.worker();

        SignInClient.somewhere().login(worker.username(), PASSWORD).then().statusCode(200)
                .body("lastLoginAt", notNullValue());
    }
}
