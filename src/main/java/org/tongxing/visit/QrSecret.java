package org.tongxing.visit;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.tongxing.common.Timestamps;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * The signer of QR codes, with the secret from {@code tongxing.visits.qr-secret}. With the embedded database (a
 * laptop, a demo) an unset secret is generated once and kept in the database, so printed codes survive restarts;
 * with an external database it must be configured, and until it is QR codes are refused with 503 (a district may
 * run without QR check-in, so its absence does not stop the service). A secret that is set but too short is a
 * mistake in the deployment, not a choice: the service refuses to start, saying which setting is wrong.
 */
@ApplicationScoped
public class QrSecret {

    private static final Logger LOG = Logger.getLogger(QrSecret.class);
    static final String NAME = "visit-qr";
    static final int MIN_LENGTH = 32;

    @Inject
    VisitConfig config;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "tongxing.embedded-db.active", defaultValue = "false")
    boolean embedded;

    private volatile VisitCodeSigner signer;

    void onStart(@Observes StartupEvent event) {
        config.qrSecret().ifPresent(secret -> requireLongEnough("tongxing.visits.qr-secret", secret));
        config.qrPreviousSecrets().orElse(List.of())
                .forEach(secret -> requireLongEnough("tongxing.visits.qr-previous-secrets", secret));
        if (config.qrSecret().isEmpty() && !embedded) {
            LOG.error("tongxing.visits.qr-secret is not set: QR check-in codes are unavailable (503) until it is");
        }
    }

    private static void requireLongEnough(String setting, String secret) {
        if (secret.length() < MIN_LENGTH) {
            throw new IllegalStateException(setting + " must have at least " + MIN_LENGTH + " characters (it has "
                    + secret.length() + "); generate one with: openssl rand -base64 48");
        }
    }

    public VisitCodeSigner signer() {
        if (signer == null) {
            synchronized (this) {
                if (signer == null) {
                    signer = new VisitCodeSigner(secret(), config.qrPreviousSecrets().orElse(List.of()));
                }
            }
        }
        return signer;
    }

    private String secret() {
        if (config.qrSecret().isPresent()) {
            return config.qrSecret().get();
        }
        if (!embedded) {
            throw new QrSecretMissing("QR codes need tongxing.visits.qr-secret to be configured");
        }
        return QuarkusTransaction.requiringNew().call(this::storedSecret);
    }

    /** Generates the secret on first use; two instances racing both end up with the one that was stored first. */
    private String storedSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        em.createNativeQuery(
                "insert into app_secret (name, value, created_at) values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, NAME).setParameter(2, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes))
                .setParameter(3, Timestamps.now()).executeUpdate();
        return (String) em.createNativeQuery("select value from app_secret where name = ?1").setParameter(1, NAME)
                .getSingleResult();
    }
}
