package org.tongxing.account;

import static io.restassured.RestAssured.given;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Someone signing in from an address of their own, reported by the proxy of {@link FreshInstallBehindProxy}.
 * Time passes for the throttle by moving the address's recorded attempts into the past, so the tests run with
 * the real delays (30 s doubling, window 15 min) without waiting for them.
 */
final class SignInClient {

    private static final SecureRandom RANDOM = new SecureRandom();

    final String address;

    /** The device cookie this client received when it last signed in, if it did. */
    private String device;

    private SignInClient(String address) {
        this.address = address;
    }

    /** Another device at the given address (behind the same office router, say). */
    static SignInClient at(String address) {
        return new SignInClient(address);
    }

    /** The same device (its device cookie), signing in from another address. */
    SignInClient elsewhere() {
        SignInClient moved = somewhere();
        moved.device = device;
        return moved;
    }

    /** A client at a random private address, so that no two tests (or runs) share an address. */
    static SignInClient somewhere() {
        return new SignInClient("10." + RANDOM.nextInt(256) + "." + RANDOM.nextInt(256) + "." + RANDOM.nextInt(256));
    }

    Response login(String username, String password) {
        var request = given().auth().none().header("X-Forwarded-For", address).contentType(ContentType.JSON);
        if (device != null) {
            request.cookie(DeviceCookies.COOKIE, device);
        }
        Response response = request.body(Map.of("username", username, "password", password)).post("/api/auth/login");
        if (response.statusCode() == 200) {
            device = response.cookie(DeviceCookies.COOKIE);
        }
        return response;
    }

    /** An API call with HTTP Basic credentials. */
    Response basic(String username, String password) {
        return given().auth().preemptive().basic(username, password).header("X-Forwarded-For", address).get("/api/me");
    }

    /** As if the time had passed since this address's attempts. */
    void waits(Duration time) {
        QuarkusTransaction.requiringNew().run(() -> LoginAttempt.<LoginAttempt>list("address", address)
                .forEach(attempt -> attempt.occurredAt = attempt.occurredAt.minus(time)));
    }

    void waitsSeconds(String retryAfter) {
        waits(Duration.ofSeconds(Long.parseLong(retryAfter)));
    }
}
