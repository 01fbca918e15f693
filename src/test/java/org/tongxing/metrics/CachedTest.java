package org.tongxing.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class CachedTest {

    private final AtomicLong clock = new AtomicLong(1_000);
    private final AtomicInteger reads = new AtomicInteger();

    private Cached<Integer> cached(Duration maxAge) {
        return new Cached<>(reads::incrementAndGet, maxAge, clock::get);
    }

    @Test
    void aValueIsReusedUntilItIsAsOldAsTheMaximumAge() {
        Cached<Integer> figures = cached(Duration.ofSeconds(10));
        assertThat(figures.get()).isEqualTo(1);
        clock.addAndGet(Duration.ofSeconds(9).toNanos());
        assertThat(figures.get()).isEqualTo(1);
        clock.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(figures.get()).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void withoutAMaximumAgeEveryCallReads() {
        Cached<Integer> figures = cached(Duration.ZERO);
        figures.get();
        figures.get();
        assertThat(reads).hasValue(2);
    }
}
