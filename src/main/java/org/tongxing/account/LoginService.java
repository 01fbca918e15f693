package org.tongxing.account;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.common.Timestamps;

/** Checks credentials for both sign-in paths (the login form and HTTP Basic), throttled alike. */
@ApplicationScoped
public class LoginService {

    @Inject
    LoginThrottle throttle;

    @Inject
    PasswordHasher hasher;

    @Inject
    SessionService sessions;

    @Inject
    Event<LoginRefusal> refusals;

    /** For HTTP Basic: checks the credentials of one API request. A refusal still commits the failure it records. */
    @Transactional(dontRollbackOn = LoginRefusedException.class)
    public Viewer verify(String username, String password, String address) {
        return check(normalise(username), password, address, false).viewer(null);
    }

    /** For the login form: checks the credentials and opens a session. A refusal still commits the failure it records. */
    @Transactional(dontRollbackOn = LoginRefusedException.class)
    public SessionService.Started signIn(String username, String password, String address, String userAgent) {
        UserAccount account = check(normalise(username), password, address, true);
        // A bulk update leaves the version alone, so signing in does not make an administrator's open edit stale.
        UserAccount.update("lastLoginAt = ?1 where id = ?2", Timestamps.now(), account.id);
        return sessions.start(account, address, userAgent);
    }

    private UserAccount check(String username, String password, String address, boolean interactive) {
        throttle.takeTurn(username, address);
        Duration wait = throttle.waitFor(username, address);
        if (!wait.isZero()) {
            refusals.fire(LoginRefusal.THROTTLED);
            throw LoginRefusedException.throttled(wait);
        }
        UserAccount account = UserAccount.byUsername(username);
        boolean ok = hasher.matches(password == null ? "" : password, account == null ? null : account.passwordHash);
        if (!ok || !account.enabled) {
            throttle.record(username, address, false);
            refusals.fire(LoginRefusal.WRONG_CREDENTIALS);
            throw LoginRefusedException.wrongCredentials();
        }
        if (interactive) {
            // Basic clients authenticate on every call; recording each would write a row per request.
            throttle.record(username, address, true);
        }
        return account;
    }

    private static String normalise(String username) {
        String name = username == null ? "" : username.strip().toLowerCase();
        return name.length() > 50 ? name.substring(0, 50) : name;
    }
}
