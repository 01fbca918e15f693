package org.tongxing.matching.run;

import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.tongxing.matching.MatchingRun;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * Progress of a run another instance solves, read from the database once a second: its best score as leases
 * record it, then its end. Coarser than a local feed (one score per heartbeat), but correct across instances.
 */
@ApplicationScoped
public class RemoteFollow {

    private static final long POLL_MILLIS = 1000;

    @Inject
    RunTransitions transitions;

    @Inject
    RunThreads threads;

    Multi<RunEvent> follow(long runId) {
        return Multi.createFrom().emitter(emitter -> {
            AtomicReference<String> last = new AtomicReference<>();
            AtomicReference<ScheduledFuture<?>> poll = new AtomicReference<>();
            poll.set(threads.timers().scheduleWithFixedDelay(() -> poll(runId, last, emitter, poll), POLL_MILLIS,
                    POLL_MILLIS,
                    TimeUnit.MILLISECONDS));
            emitter.onTermination(() -> stop(poll));
        });
    }

    private void poll(long runId, AtomicReference<String> last, MultiEmitter<? super RunEvent> emitter,
            AtomicReference<ScheduledFuture<?>> poll) {
        if (emitter.isCancelled()) {
            stop(poll);
            return;
        }
        try {
            MatchingRun run = transitions.read(runId);
            if (run.status.isActive() && run.bestScore != null && !Objects.equals(run.bestScore, last.get())) {
                last.set(run.bestScore);
                emitter.emit(RunEvents.best(run));
            }
            if (!run.status.isActive()) {
                emitter.emit(RunEvents.end(run));
                emitter.complete();
                stop(poll);
            }
        } catch (RuntimeException e) {
            emitter.fail(e);
            stop(poll);
        }
    }

    /** The first poll comes a period after scheduling, so the schedule is always known by then. */
    private static void stop(AtomicReference<ScheduledFuture<?>> poll) {
        ScheduledFuture<?> future = poll.get();
        if (future != null) {
            future.cancel(false);
        }
    }
}
