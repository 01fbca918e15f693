package org.tongxing.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.account.LoginThrottle.Admission;
import org.tongxing.account.LoginThrottle.Attempt;
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

    @Inject
    Event<SignInsFailing> underAttack;

    /** A session opened, and the device token to set (or renew) in the client's device cookie. */
    public record SignedIn(SessionService.Started session, String deviceToken) {
    }

    /** Where an attempt comes from: the client's address and the token of its device cookie, if any. */
    public record Client(String address, String deviceToken) {
    }

    /** For HTTP Basic: checks the credentials of one API request. A refusal still commits the failure it records. */
    @Transactional(dontRollbackOn = LoginRefusedException.class)
    public Viewer verify(String username, String password, Client client) {
        return check(normalise(username), password, client, false).viewer(null);
    }

    /** For the login form: checks the credentials and opens a session. A refusal still commits the failure it records. */
    @Transactional(dontRollbackOn = LoginRefusedException.class)
    public SignedIn signIn(String username, String password, Client client, String userAgent) {
        String token = DeviceCookies.hash(client.deviceToken()) == null ? DeviceCookies.newToken()
                : client.deviceToken();
        UserAccount account = check(normalise(username), password, new Client(client.address(), token), true);
        // A bulk update leaves the version alone, so signing in does not make an administrator's open edit stale.
        UserAccount.update("lastLoginAt = ?1 where id = ?2", Timestamps.now(), account.id);
        return new SignedIn(sessions.start(account, client.address(), userAgent), token);
    }

    private UserAccount check(String username, String password, Client client, boolean interactive) {
        throttle.takeTurn(username, client.address());
        String device = DeviceCookies.hash(client.deviceToken());
        Attempt attempt = new Attempt(username, client.address(),
                device != null && throttle.knows(device, username) ? device : null);
        Admission admission = throttle.admit(attempt);
        if (!admission.delay().isZero()) {
            refusals.fire(LoginRefusal.THROTTLED);
            throw LoginRefusedException.throttled(admission.delay());
        }
        UserAccount account = UserAccount.byUsername(username);
        boolean ok = hasher.matches(password == null ? "" : password, account == null ? null : account.passwordHash);
        if (!ok || !account.enabled) {
            refuse(attempt);
        }
        if (interactive || admission.watched()) {
            // Basic clients authenticate on every call; recording each would write a row per request.
            throttle.record(attempt, device, true);
        }
        return account;
    }

    private void refuse(Attempt attempt) {
        throttle.record(attempt, attempt.knownDevice(), false);
        if (attempt.knownDevice() == null && throttle.justCameUnderAttack(attempt.username())) {
            underAttack.fire(new SignInsFailing(attempt.username()));
        }
        refusals.fire(LoginRefusal.WRONG_CREDENTIALS);
        throw LoginRefusedException.wrongCredentials();
    }

    private static String normalise(String username) {
        String name = username == null ? "" : username.strip().toLowerCase();
        return name.length() > 50 ? name.substring(0, 50) : name;
    }
}
