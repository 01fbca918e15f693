package org.tongxing.metrics;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.tongxing.need.Visibility;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * Gauges read from the database when scraped, reusing one reading for {@code tongxing.metrics.database-figures-max-age}.
 * They are the database's figures, not this instance's: every instance reports the same values.
 */
@Startup
@ApplicationScoped
public class BacklogGauges {

    private static final Logger LOG = Logger.getLogger(BacklogGauges.class);
    private static final String SAME_ON_EVERY_INSTANCE = " Read from the database: every instance reports the same"
            + " value, so aggregate with max(), not sum().";

    private final Cached<Backlog> backlog;

    BacklogGauges(MeterRegistry registry, BacklogReader reader, MetricsConfig config) {
        this.backlog = new Cached<>(() -> readOrUnknown(reader), config.databaseFiguresMaxAge());
        for (Visibility level : Visibility.values()) {
            Gauge.builder("tongxing.open.needs", this, gauges -> gauges.backlog.get().openNeeds(level))
                    .tag("level", level.name().toLowerCase(Locale.ROOT))
                    .description("Needs still open (unclaimed), by how far they were escalated: community, street,"
                            + " district, public." + SAME_ON_EVERY_INSTANCE)
                    .strongReference(true).register(registry);
        }
        Gauge.builder("tongxing.outbox.due", this, gauges -> gauges.backlog.get().outboxDue())
                .description("E-mails in the notification outbox that are due to be sent now (PENDING, next attempt"
                        + " not in the future)." + SAME_ON_EVERY_INSTANCE)
                .strongReference(true).register(registry);
        Gauge.builder("tongxing.outbox.oldest.pending.age", this,
                gauges -> gauges.backlog.get().oldestPendingAgeSeconds())
                .baseUnit("seconds")
                .description("Age of the oldest e-mail still PENDING in the outbox, waiting for a retry or not; 0 when"
                        + " none." + SAME_ON_EVERY_INSTANCE)
                .strongReference(true).register(registry);
    }

    private static Backlog readOrUnknown(BacklogReader reader) {
        try {
            return reader.read();
        } catch (RuntimeException e) {
            LOG.warnf("Metrics: the backlog could not be read from the database (%s)", e.toString());
            return Backlog.UNKNOWN;
        }
    }
}
