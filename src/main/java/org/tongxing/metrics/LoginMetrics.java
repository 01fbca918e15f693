package org.tongxing.metrics;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.tongxing.account.LoginRefusal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/** {@code tongxing_login_refusals_total{reason}}: sign-ins refused, by the login form and HTTP Basic alike. */
@Startup
@ApplicationScoped
public class LoginMetrics {

    private final Map<LoginRefusal, Counter> counters = new EnumMap<>(LoginRefusal.class);

    LoginMetrics(MeterRegistry registry) {
        for (LoginRefusal reason : LoginRefusal.values()) {
            counters.put(reason, Counter.builder("tongxing.login.refusals")
                    .tag("reason", reason.name().toLowerCase(Locale.ROOT))
                    .description("Sign-ins refused: wrong_credentials (unknown user, wrong password or disabled"
                            + " account) or throttled (too many recent failures; the password was not checked).")
                    .register(registry));
        }
    }

    void onRefusal(@Observes(during = TransactionPhase.AFTER_SUCCESS) LoginRefusal reason) {
        counters.get(reason).increment();
    }
}
