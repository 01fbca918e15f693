package org.tongxing.account;

import static io.restassured.RestAssured.given;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.tongxing.common.Role;
import org.tongxing.support.TestAreas;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Fresh accounts made through the API as the demo administrator, and browsers signed in as them. */
final class TestAccounts {

    /** Acceptable to the password policy and unrelated to any generated username. */
    static final String PASSWORD = "Lantern-river-4821";
    static final String NEW_PASSWORD = "Harbour-lights-7394";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static TestAreas areas;

    private TestAccounts() {
    }

    record Account(long id, String username, long version) {
    }

    /** Random rather than counted, so that it stays unique when a test profile restarts the application. */
    static String username(String prefix) {
        return prefix + "-" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
    }

    static Map<String, Object> body(String username, Role role) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("displayName", "测试 " + role);
        body.put("role", role.name());
        body.put("password", PASSWORD);
        return body;
    }

    /**
     * The account as its holder leaves it at first sign-in: created with a one-time password, which the holder then
     * replaces with the password of the body.
     */
    static Account create(Map<String, Object> body) {
        Map<String, Object> oneTime = new HashMap<>(body);
        oneTime.put("password", body.get("password") + "-once");
        Response created = given().contentType(ContentType.JSON).body(oneTime).post("/api/users");
        created.then().statusCode(201);
        given().auth().preemptive().basic(created.jsonPath().getString("username"), (String) oneTime.get("password"))
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", oneTime.get("password"), "newPassword", body.get("password")))
                .put("/api/me/password").then().statusCode(204);
        return current(created.jsonPath().getLong("id"));
    }

    /**
     * A district for the accounts' links, so that the demo district keeps its advertised size; made once per
     * application start (a test profile's restart brings a new, empty database).
     */
    static synchronized TestAreas areas() {
        if (areas == null || given().get("/api/areas/" + areas.community).statusCode() != 200) {
            areas = TestAreas.create();
        }
        return areas;
    }

    /** A social worker of the test community. */
    static Account worker() {
        return worker(areas().community);
    }

    static Account worker(String areaCode) {
        Map<String, Object> body = body(username("worker"), Role.WORKER);
        body.put("areaCode", areaCode);
        return create(body);
    }

    static Account administrator() {
        return create(body(username("admin"), Role.ADMIN));
    }

    static Account current(long id) {
        Response account = given().get("/api/users/" + id);
        account.then().statusCode(200);
        return new Account(id, account.jsonPath().getString("username"), account.jsonPath().getLong("version"));
    }

    /** Signs in through the login endpoint, as a browser does, and returns the response with the session cookie. */
    static Response login(String username, String password) {
        return given().auth().none().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password)).post("/api/auth/login");
    }

    /** The value of a fresh session cookie. */
    static String signIn(String username, String password) {
        Response login = login(username, password);
        login.then().statusCode(200);
        return login.cookie(SessionService.COOKIE);
    }

    /**
     * A browser holding the session cookie, or anyone holding a copy of it: no other credentials, and the
     * double-submit CSRF token that state-changing requests with a session cookie need.
     */
    static RequestSpecification browser(String session) {
        String csrf = csrfToken();
        return given().auth().none().cookie(SessionService.COOKIE, session)
                .cookie("tx_csrf", csrf).header("X-CSRF-Token", csrf);
    }

    /** Shaped like the tokens the server issues: 32 random bytes, base64url. */
    private static String csrfToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
