package org.tongxing.demo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Demo history is spread over the past two years, ending when the data is loaded. */
final class DemoClock {

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    Instant daysAgo(int days) {
        return now.minus(days, ChronoUnit.DAYS).plus(days * 37L % 600, ChronoUnit.MINUTES);
    }

    Instant now() {
        return now;
    }
}
