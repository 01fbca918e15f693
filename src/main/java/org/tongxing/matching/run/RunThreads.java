package org.tongxing.matching.run;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The threads matching runs need besides the solver's own: a timer for time limits, lease renewal and remote
 * progress polling, and stoppers, because stopping a solver blocks until it has stopped.
 */
@ApplicationScoped
public class RunThreads {

    private final ScheduledExecutorService timers = Executors
            .newSingleThreadScheduledExecutor(daemons("matching-timer"));
    private final ExecutorService stoppers = Executors.newCachedThreadPool(daemons("matching-stopper"));

    ScheduledExecutorService timers() {
        return timers;
    }

    ExecutorService stopper() {
        return stoppers;
    }

    @PreDestroy
    void shutDown() {
        timers.shutdownNow();
        stoppers.shutdownNow();
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
