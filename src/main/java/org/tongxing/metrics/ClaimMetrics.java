package org.tongxing.metrics;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.tongxing.claim.ClaimEvent;
import org.tongxing.claim.ClaimOutcome;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * {@code tongxing_claims_total{outcome}}: each step counted once its transaction committed, so a claim that rolled
 * back is not counted; a conflict (a refusal) is counted as it is refused. Every outcome is there from the start, at 0.
 */
@Startup
@ApplicationScoped
public class ClaimMetrics {

    private final Map<ClaimOutcome, Counter> counters = new EnumMap<>(ClaimOutcome.class);

    ClaimMetrics(MeterRegistry registry) {
        for (ClaimOutcome outcome : ClaimOutcome.values()) {
            counters.put(outcome, Counter.builder("tongxing.claims")
                    .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                    .description("Claims by what happened to them: claimed, conflict (the need was taken first),"
                            + " accepted, declined, released, delivered (first service logged), confirmed, expired.")
                    .register(registry));
        }
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClaimEvent step) {
        if (!step.outcome().isRefusal()) {
            counters.get(step.outcome()).increment();
        }
    }

    /** A refusal's transaction rolls back, so it is counted at once, not after a commit that never comes. */
    void refused(@Observes ClaimEvent step) {
        if (step.outcome().isRefusal()) {
            counters.get(step.outcome()).increment();
        }
    }
}
