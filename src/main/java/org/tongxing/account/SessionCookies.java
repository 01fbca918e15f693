package org.tongxing.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.ws.rs.core.NewCookie;

/** The session cookie: HttpOnly, SameSite=Lax, Secure whenever the request came over TLS. */
public final class SessionCookies {

    private SessionCookies() {
    }

    public static NewCookie issue(String token, Instant expiresAt, boolean secure) {
        int maxAge = (int) Math.max(0, Duration.between(Instant.now(), expiresAt).toSeconds());
        return new NewCookie.Builder(SessionService.COOKIE).value(token).path("/").maxAge(maxAge)
                .httpOnly(true).secure(secure).sameSite(NewCookie.SameSite.LAX).build();
    }

    public static NewCookie clear(boolean secure) {
        return new NewCookie.Builder(SessionService.COOKIE).value("").path("/").maxAge(0)
                .httpOnly(true).secure(secure).sameSite(NewCookie.SameSite.LAX).build();
    }
}
