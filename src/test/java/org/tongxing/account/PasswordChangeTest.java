package org.tongxing.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.tongxing.account.SessionRevocationTest.assertSignedIn;
import static org.tongxing.account.TestAccounts.NEW_PASSWORD;
import static org.tongxing.account.TestAccounts.PASSWORD;
import static org.tongxing.account.TestAccounts.browser;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.account.TestAccounts.Account;
import org.tongxing.common.Role;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The password policy as the API applies it. Wrong sign-in passwords are tried in AuthenticationTest. */
@QuarkusTest
class PasswordChangeTest {

    @Test
    void anAccountWithAWeakPasswordIsNotCreated() {
        String username = TestAccounts.username("weak");
        for (String weak : new String[] {"Kx7#pq2L", "Qwertyuiop", "woaini1314", "My-" + username + "-1",
                "abababababab"}) {
            Map<String, Object> body = TestAccounts.body(username, Role.WORKER);
            body.put("areaCode", TestAccounts.areas().community);
            body.put("password", weak);
            given().contentType(ContentType.JSON).body(body).post("/api/users").then().statusCode(400)
                    .contentType("application/problem+json").body("type", equalTo("/problems/validation-failed"))
                    .body("errors.field", equalTo(List.of("password")));
        }
        given().queryParam("size", 100).get("/api/users").then().body("items.username", not(hasItem(username)));
    }

    @Test
    void aWrongCurrentPasswordIsRefusedNamingIt() {
        Account worker = TestAccounts.worker();
        String session = TestAccounts.signIn(worker.username(), PASSWORD);

        browser(session).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "Not-my-password-1", "newPassword", NEW_PASSWORD))
                .put("/api/me/password").then().statusCode(400).body("type", equalTo("/problems/validation-failed"))
                .body("errors.field", equalTo(List.of("currentPassword")));

        assertSignedIn(session, worker);
        assertSignedIn(TestAccounts.signIn(worker.username(), PASSWORD), worker);
    }

    @Test
    void aWeakNewPasswordIsRefusedNamingIt() {
        Account worker = TestAccounts.worker();
        String session = TestAccounts.signIn(worker.username(), PASSWORD);

        for (String weak : new String[] {"short-1", "1234567890", worker.username() + "-2026"}) {
            browser(session).contentType(ContentType.JSON)
                    .body(Map.of("currentPassword", PASSWORD, "newPassword", weak))
                    .put("/api/me/password").then().statusCode(400)
                    .body("errors.field", equalTo(List.of("newPassword")));
        }
        assertSignedIn(session, worker);
    }

    @Test
    void anAdministratorCannotSetAWeakPasswordEither() {
        Account worker = TestAccounts.worker();

        given().contentType(ContentType.JSON).body(Map.of("newPassword", "Qwertyuiop"))
                .put("/api/users/" + worker.id() + "/password").then().statusCode(400)
                .body("errors.field", equalTo(List.of("newPassword")));
    }

    @Test
    void theNewPasswordMustDifferFromTheCurrentOne() {
        Account worker = TestAccounts.worker();

        given().auth().preemptive().basic(worker.username(), PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", PASSWORD, "newPassword", PASSWORD)).put("/api/me/password").then()
                .statusCode(400).body("type", equalTo("/problems/validation-failed"))
                .body("errors.field", equalTo(List.of("newPassword")));
    }

    @Test
    void apiClientsChangeTheirPasswordWithBasicCredentials() {
        Account worker = TestAccounts.worker();

        given().auth().preemptive().basic(worker.username(), PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD))
                .put("/api/me/password").then().statusCode(204);

        given().auth().preemptive().basic(worker.username(), NEW_PASSWORD).get("/api/me").then().statusCode(200)
                .body("mustChangePassword", equalTo(false));
    }
}
