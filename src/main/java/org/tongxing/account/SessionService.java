package org.tongxing.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.common.Timestamps;

/**
 * Server-side sessions, so that signing out, changing a password, disabling an account or "sign out
 * everywhere" end a session at once, however many copies of its cookie exist.
 */
@ApplicationScoped
public class SessionService {

    public static final String COOKIE = "tx_session";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Writing last-seen on every request would turn every read into a write. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    @Inject
    SessionConfig config;

    public record Started(String token, Instant expiresAt) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Started start(UserAccount account, String address, String userAgent) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UserSession session = new UserSession();
        session.userId = account.id;
        session.tokenHash = hash(token);
        session.createdAt = Timestamps.now();
        session.lastSeenAt = session.createdAt;
        session.expiresAt = session.createdAt.plus(config.absoluteTimeout());
        session.address = address;
        session.userAgent = userAgent == null ? null : userAgent.substring(0, Math.min(200, userAgent.length()));
        session.persist();
        return new Started(token, session.expiresAt);
    }

    /** The viewer a cookie value stands for, if its session is live and its account enabled. */
    @Transactional
    public Optional<Viewer> resolve(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        UserSession session = UserSession.find("tokenHash", hash(token)).firstResult();
        Instant now = Timestamps.now();
        if (session == null || session.revokedAt != null || now.isAfter(session.expiresAt)
                || now.isAfter(session.lastSeenAt.plus(config.idleTimeout()))) {
            return Optional.empty();
        }
        UserAccount account = UserAccount.findById(session.userId);
        if (account == null || !account.enabled) {
            return Optional.empty();
        }
        if (now.isAfter(session.lastSeenAt.plus(TOUCH_EVERY))) {
            session.lastSeenAt = now;
        }
        return Optional.of(account.viewer(session.id));
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void end(long sessionId, String reason) {
        UserSession.update("revokedAt = ?1, revokedReason = ?2 where id = ?3 and revokedAt is null",
                Timestamps.now(), reason, sessionId);
    }

    /** Ends every live session of the account. */
    @Transactional(Transactional.TxType.REQUIRED)
    public int endAll(long userId, String reason) {
        return UserSession.update("revokedAt = ?1, revokedReason = ?2 where userId = ?3 and revokedAt is null",
                Timestamps.now(), reason, userId);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
