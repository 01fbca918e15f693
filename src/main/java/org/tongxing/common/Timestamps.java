package org.tongxing.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Stored times are UTC instants at microsecond precision, which is what PostgreSQL keeps. */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
