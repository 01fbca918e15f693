package org.tongxing.metrics;

import java.util.Map;

import org.tongxing.need.Visibility;

/**
 * What is waiting, as the database has it: open needs by how far they were escalated, and e-mails in the outbox.
 * {@link #UNKNOWN} when the database could not be read; its figures are NaN, which Prometheus shows as no value.
 */
record Backlog(Map<Visibility, Long> openNeeds, double outboxDue, double oldestPendingAgeSeconds) {

    static final Backlog UNKNOWN = new Backlog(Map.of(), Double.NaN, Double.NaN);

    double openNeeds(Visibility level) {
        return this == UNKNOWN ? Double.NaN : openNeeds.getOrDefault(level, 0L);
    }
}
