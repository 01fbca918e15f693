package org.tongxing.metrics;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.tongxing.matching.RunKind;
import org.tongxing.matching.RunStatus;
import org.tongxing.matching.run.RunEnded;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;

/**
 * {@code tongxing_matching_runs_total{kind,status}} counts the runs this instance solved by how they ended;
 * {@code tongxing_matching_run_solving_seconds} times those that got to solve. Buckets from 1 s to the 2-minute
 * solver limit, so that quantiles can be read across instances.
 */
@Startup
@ApplicationScoped
public class MatchingMetrics {

    private static final List<RunStatus> ENDINGS = List.of(RunStatus.COMPLETED, RunStatus.STOPPED, RunStatus.FAILED);
    private static final Duration[] BUCKETS = {Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofSeconds(60),
            Duration.ofSeconds(120), Duration.ofSeconds(180)};

    private final MeterRegistry registry;

    MatchingMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (RunKind kind : RunKind.values()) {
            for (RunStatus status : ENDINGS) {
                runs(kind, status);
                solving(kind, status);
            }
        }
    }

    void onEnd(@Observes RunEnded run) {
        runs(run.kind(), run.status()).increment();
        if (run.solving() != null) {
            solving(run.kind(), run.status()).record(run.solving());
        }
    }

    private Counter runs(RunKind kind, RunStatus status) {
        return Counter.builder("tongxing.matching.runs").tags("kind", label(kind), "status", label(status))
                .description("Matching runs this instance solved, by kind and how they ended (a run whose instance"
                        + " died is failed by another instance and not counted).")
                .register(registry);
    }

    private Timer solving(RunKind kind, RunStatus status) {
        return Timer.builder("tongxing.matching.run.solving").tags("kind", label(kind), "status", label(status))
                .description("How long matching runs solved, from the solver picking them up to their end.")
                .serviceLevelObjectives(BUCKETS).register(registry);
    }

    private static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
