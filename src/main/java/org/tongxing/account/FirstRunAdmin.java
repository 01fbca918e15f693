package org.tongxing.account;

import java.security.SecureRandom;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.tongxing.common.Role;
import org.tongxing.common.Timestamps;

import io.quarkus.runtime.StartupEvent;

/**
 * No default password in production: when no administrator exists, one named {@code admin} is created with
 * the password from {@code tongxing.admin.initial-password} (env TONGXING_ADMIN_INITIAL_PASSWORD), or else a
 * random one printed once to the log, which must be changed at first sign-in. If every administrator has been
 * disabled, the new one is created beside them, as {@code admin-2} and so on when {@code admin} is taken.
 */
@ApplicationScoped
public class FirstRunAdmin {

    private static final Logger LOG = Logger.getLogger(FirstRunAdmin.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Inject
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordPolicy policy;

    @ConfigProperty(name = "tongxing.admin.initial-password")
    Optional<String> initialPassword;

    // After the demo data, which brings its own administrator.
    void onStart(@Observes @Priority(2000) StartupEvent event) {
        ensureAdministrator();
    }

    @Transactional
    public void ensureAdministrator() {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('tongxing-first-admin'))").getSingleResult();
        if (UserAccount.count("role = ?1 and enabled = true", Role.ADMIN) > 0) {
            return;
        }
        boolean given = initialPassword.isPresent() && !initialPassword.get().isBlank();
        String password = given ? initialPassword.get() : randomPassword();
        String username = freeUsername();
        policy.problemWith(password, username).ifPresent(problem -> {
            throw new IllegalStateException("tongxing.admin.initial-password " + problem);
        });
        UserAccount admin = new UserAccount();
        admin.username = username;
        admin.displayName = "Administrator";
        admin.role = Role.ADMIN;
        admin.enabled = true;
        admin.passwordHash = hasher.hash(password);
        admin.mustChangePassword = !given;
        admin.passwordChangedAt = Timestamps.now();
        admin.createdAt = admin.passwordChangedAt;
        admin.updatedAt = admin.passwordChangedAt;
        admin.persist();
        if (given) {
            LOG.infof("Created the administrator account '%s' with the configured initial password", username);
        } else {
            LOG.warnf("Created the administrator account '%s' with the one-time password %s"
                    + " (shown only now; it must be changed at first sign-in)", username, password);
        }
    }

    /** A disabled account keeps its name (and stays disabled), so the new administrator may need another. */
    private static String freeUsername() {
        String username = "admin";
        for (int n = 2; UserAccount.count("username", username) > 0; n++) {
            username = "admin-" + n;
        }
        return username;
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
