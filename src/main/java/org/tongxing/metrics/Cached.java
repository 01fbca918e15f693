package org.tongxing.metrics;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value read again only once it is older than the maximum age. Callers arriving while it is being read wait
 * for that read instead of starting their own.
 */
final class Cached<T> {

    private final Supplier<T> source;
    private final long maxAgeNanos;
    private final LongSupplier nanoClock;
    private T value;
    private long readAt;
    private boolean read;

    Cached(Supplier<T> source, Duration maxAge, LongSupplier nanoClock) {
        this.source = source;
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoClock = nanoClock;
    }

    Cached(Supplier<T> source, Duration maxAge) {
        this(source, maxAge, System::nanoTime);
    }

    synchronized T get() {
        long now = nanoClock.getAsLong();
        if (!read || now - readAt >= maxAgeNanos) {
            value = source.get();
            readAt = now;
            read = true;
        }
        return value;
    }
}
