package org.tongxing.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.tongxing.account.TestAccounts.NEW_PASSWORD;
import static org.tongxing.account.TestAccounts.PASSWORD;
import static org.tongxing.account.TestAccounts.browser;
import static org.tongxing.account.TestAccounts.signIn;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongxing.account.TestAccounts.Account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Sessions live on the server, so whatever ends one ends it for every copy of its cookie. A "copy" here is the
 * cookie value sent by a second client that has nothing else: no Basic credentials, just the cookie.
 */
@QuarkusTest
class SessionRevocationTest {

    @Test
    void signingInSetsAnHttpOnlySiteWideLaxSessionCookie() {
        Account worker = TestAccounts.worker();
        Response login = TestAccounts.login(worker.username(), PASSWORD);

        login.then().statusCode(200).body("username", equalTo(worker.username())).body("role", equalTo("WORKER"));
        String cookie = sessionCookieHeader(login);
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Path=/")
                .as("plain HTTP in tests, so not Secure").doesNotContain("Secure");
    }

    @Test
    void aCopiedCookieWorksUntilLogoutAndNotAfter() {
        Account worker = TestAccounts.worker();
        String session = signIn(worker.username(), PASSWORD);
        assertSignedIn(session, worker);

        Response logout = browser(session).post("/api/auth/logout");

        logout.then().statusCode(204);
        assertThat(sessionCookieHeader(logout)).contains("Max-Age=0");
        assertRefused(session);
    }

    @Test
    void logoutEndsOnlyTheSessionItWasSentWith() {
        Account worker = TestAccounts.worker();
        String phone = signIn(worker.username(), PASSWORD);
        String office = signIn(worker.username(), PASSWORD);

        browser(phone).post("/api/auth/logout").then().statusCode(204);

        assertRefused(phone);
        assertSignedIn(office, worker);
    }

    @Test
    void logoutWithoutTheCsrfTokenIsRefusedAndTheSessionLivesOn() {
        Account worker = TestAccounts.worker();
        String session = signIn(worker.username(), PASSWORD);

        given().auth().none().cookie(SessionService.COOKIE, session).post("/api/auth/logout").then().statusCode(403)
                .body("type", equalTo("/problems/csrf-rejected"));

        assertSignedIn(session, worker);
    }

    @Test
    void changingTheOwnPasswordEndsEverySessionOfTheAccount() {
        Account worker = TestAccounts.worker();
        String phone = signIn(worker.username(), PASSWORD);
        String office = signIn(worker.username(), PASSWORD);

        browser(phone).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD))
                .put("/api/me/password").then().statusCode(204);

        assertRefused(phone);
        assertRefused(office);
        assertSignedIn(signIn(worker.username(), NEW_PASSWORD), worker);
    }

    @Test
    void anAdministratorsPasswordResetEndsEverySessionOfTheAccount() {
        Account worker = TestAccounts.worker();
        String session = signIn(worker.username(), PASSWORD);

        given().contentType(ContentType.JSON).body(Map.of("newPassword", NEW_PASSWORD))
                .put("/api/users/" + worker.id() + "/password").then().statusCode(204);

        assertRefused(session);
    }

    @Test
    void disablingTheAccountEndsItsSessionsAndEnablingItAgainDoesNotReviveThem() {
        Account worker = TestAccounts.worker();
        String session = signIn(worker.username(), PASSWORD);

        given().contentType(ContentType.JSON).body(update(TestAccounts.current(worker.id()), false))
                .put("/api/users/" + worker.id())
                .then().statusCode(200).body("enabled", equalTo(false));
        assertRefused(session);

        given().contentType(ContentType.JSON).body(update(TestAccounts.current(worker.id()), true))
                .put("/api/users/" + worker.id()).then().statusCode(200).body("enabled", equalTo(true));
        assertRefused(session);
        assertSignedIn(signIn(worker.username(), PASSWORD), worker);
    }

    @Test
    void anAdministratorCanSignAnAccountOutEverywhereWithoutTouchingOthers() {
        Account worker = TestAccounts.worker();
        Account colleague = TestAccounts.worker();
        String phone = signIn(worker.username(), PASSWORD);
        String office = signIn(worker.username(), PASSWORD);
        String colleagues = signIn(colleague.username(), PASSWORD);

        // JSON, as API clients send it: REST Assured would label a bodiless POST a form, which needs a CSRF token.
        given().contentType(ContentType.JSON).post("/api/users/" + worker.id() + "/sign-out").then().statusCode(204);

        assertRefused(phone);
        assertRefused(office);
        assertSignedIn(colleagues, colleague);
        assertSignedIn(signIn(worker.username(), PASSWORD), worker);
    }

    @Test
    void anyoneCanSignThemselvesOutEverywhere() {
        Account worker = TestAccounts.worker();
        String phone = signIn(worker.username(), PASSWORD);
        String lostTablet = signIn(worker.username(), PASSWORD);

        Response signOut = browser(phone).delete("/api/me/sessions");

        signOut.then().statusCode(204);
        assertThat(sessionCookieHeader(signOut)).contains("Max-Age=0");
        assertRefused(phone);
        assertRefused(lostTablet);
    }

    @Test
    void aCookieTheServerNeverIssuedIsRefused() {
        assertRefused("not-a-session");
        assertRefused("x".repeat(500));
    }

    static void assertSignedIn(String session, Account account) {
        browser(session).get("/api/me").then().statusCode(200).body("username", equalTo(account.username()));
    }

    static void assertRefused(String session) {
        browser(session).get("/api/me").then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("/problems/unauthorized"));
    }

    private static Map<String, Object> update(Account worker, boolean enabled) {
        Map<String, Object> body = AccountResourceTest.update(worker);
        body.put("enabled", enabled);
        return body;
    }

    private static String sessionCookieHeader(Response response) {
        return response.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SessionService.COOKIE + "=")).findFirst().orElseThrow();
    }
}
