package org.tongxing.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * bcrypt hashing and checking. API clients send HTTP Basic credentials with every request; to keep bcrypt's
 * deliberate slowness out of each call, a successful check is remembered against the stored hash it matched,
 * so it stops counting the moment the password (and with it the hash) changes.
 */
@ApplicationScoped
public class PasswordHasher {

    private static final int MAX_REMEMBERED = 10_000;
    /** Compared against when the account does not exist, so that timing does not reveal which names exist. */
    private final String decoy;
    private final int cost;
    private final Map<String, String> verified = new ConcurrentHashMap<>();

    PasswordHasher(@ConfigProperty(name = "tongxing.security.bcrypt-cost", defaultValue = "10") int cost) {
        this.cost = cost;
        this.decoy = BcryptUtil.bcryptHash("decoy-password-never-used", cost);
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, cost);
    }

    public boolean matches(String password, String storedHash) {
        if (storedHash == null) {
            BcryptUtil.matches(password, decoy);
            return false;
        }
        String key = fingerprint(storedHash, password);
        if (storedHash.equals(verified.get(key))) {
            return true;
        }
        boolean ok = BcryptUtil.matches(password, storedHash);
        if (ok) {
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
            verified.put(key, storedHash);
        }
        return ok;
    }

    private static String fingerprint(String storedHash, String password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(storedHash.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return HexFormat.of().formatHex(digest.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
