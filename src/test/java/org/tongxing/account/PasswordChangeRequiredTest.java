package org.tongxing.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.tongxing.account.TestAccounts.NEW_PASSWORD;
import static org.tongxing.account.TestAccounts.browser;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.account.TestAccounts.Account;
import org.tongxing.common.Role;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * An account with a one-time password (the first-run administrator, or anyone whose password an administrator
 * set) may only see who it is, change the password and sign out. Made here through an administrator's reset,
 * which sets the same flag as the first run, so the demo administrator stays untouched for the other tests.
 */
@QuarkusTest
class PasswordChangeRequiredTest {

    private static final String ONE_TIME = "Temporary-pass-5150";
    private static final String REQUIRED = "/problems/password-change-required";

    @Test
    void aResetPasswordMustBeChangedBeforeAnythingElseInABrowser() {
        Account worker = resetByAnAdministrator(TestAccounts.worker());
        String session = TestAccounts.signIn(worker.username(), ONE_TIME);

        browser(session).get("/api/needs").then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo(REQUIRED));
        browser(session).get("/api/me").then().statusCode(200).body("mustChangePassword", equalTo(true));
        browser(session).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", ONE_TIME, "newPassword", NEW_PASSWORD))
                .put("/api/me/password").then().statusCode(204);

        String fresh = TestAccounts.signIn(worker.username(), NEW_PASSWORD);
        browser(fresh).get("/api/me").then().body("mustChangePassword", equalTo(false));
        browser(fresh).get("/api/needs").then().statusCode(200);
    }

    @Test
    void aResetPasswordMustBeChangedBeforeAnythingElseWithBasicCredentials() {
        Account worker = resetByAnAdministrator(TestAccounts.worker());

        given().auth().preemptive().basic(worker.username(), ONE_TIME).get("/api/needs").then().statusCode(403)
                .body("type", equalTo(REQUIRED));
        given().auth().preemptive().basic(worker.username(), ONE_TIME).get("/api/me").then().statusCode(200);
        given().auth().preemptive().basic(worker.username(), ONE_TIME).contentType(ContentType.JSON)
                .post("/api/auth/logout").then().statusCode(204);
    }

    @Test
    void signingOutIsAllowedBeforeThePasswordIsChanged() {
        Account worker = resetByAnAdministrator(TestAccounts.worker());
        String session = TestAccounts.signIn(worker.username(), ONE_TIME);

        browser(session).post("/api/auth/logout").then().statusCode(204);

        SessionRevocationTest.assertRefused(session);
    }

    @Test
    void anAdministratorWithAOneTimePasswordCannotAdministerYet() {
        Account admin = resetByAnAdministrator(TestAccounts.administrator());
        String session = TestAccounts.signIn(admin.username(), ONE_TIME);

        browser(session).get("/api/users").then().statusCode(403).body("type", equalTo(REQUIRED));
        browser(session).contentType(ContentType.JSON).body(TestAccounts.body(TestAccounts.username("x"), Role.ADMIN))
                .post("/api/users").then().statusCode(403).body("type", equalTo(REQUIRED));
        browser(session).contentType(ContentType.JSON).post("/api/users/" + admin.id() + "/sign-out").then()
                .statusCode(403).body("type", equalTo(REQUIRED));
        browser(session).delete("/api/me/sessions").then().statusCode(403).body("type", equalTo(REQUIRED));
    }

    @Test
    void theGateIsNotFooledByPathVariants() {
        Account worker = resetByAnAdministrator(TestAccounts.worker());
        String session = TestAccounts.signIn(worker.username(), ONE_TIME);

        for (String path : new String[] {"/api/needs/", "//api/needs", "/api/./needs", "/api/me/../needs"}) {
            browser(session).get(path).then().statusCode(not(200));
        }
    }

    private static Account resetByAnAdministrator(Account account) {
        given().contentType(ContentType.JSON).body(Map.of("newPassword", ONE_TIME))
                .put("/api/users/" + account.id() + "/password").then().statusCode(204);
        given().get("/api/users/" + account.id()).then().body("mustChangePassword", equalTo(true));
        return account;
    }
}
