package org.tongxing.matching.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * The progress of the runs this instance solves, for server-sent events: each subscriber first gets what
 * happened so far, then every new event, and the stream ends with the run. A run's feed lives as long as
 * its solving; later subscribers are answered from the database.
 */
@ApplicationScoped
public class RunFeeds {

    /** Enough to replay a run's progress; older events of a very long run are dropped first. */
    private static final int HISTORY = 500;

    private final Map<Long, Feed> feeds = new ConcurrentHashMap<>();

    void open(long runId) {
        feeds.put(runId, new Feed());
    }

    boolean isOpen(long runId) {
        return feeds.containsKey(runId);
    }

    void publish(long runId, RunEvent event) {
        Feed feed = feeds.get(runId);
        if (feed != null) {
            feed.publish(event, false);
        }
    }

    void close(long runId, RunEvent last) {
        Feed feed = feeds.remove(runId);
        if (feed != null) {
            feed.publish(last, true);
        }
    }

    /** The run's events from the start, or null when this instance does not solve it. */
    Multi<RunEvent> follow(long runId) {
        Feed feed = feeds.get(runId);
        return feed == null ? null : Multi.createFrom().<RunEvent>emitter(feed::attach);
    }

    private static final class Feed {
        private final List<RunEvent> history = new ArrayList<>();
        private final List<MultiEmitter<? super RunEvent>> followers = new ArrayList<>();
        private boolean ended;

        synchronized void publish(RunEvent event, boolean last) {
            if (ended) {
                return;
            }
            if (history.size() == HISTORY) {
                history.remove(0);
            }
            history.add(event);
            // A copy: completing a follower detaches it from the list being walked.
            for (MultiEmitter<? super RunEvent> follower : List.copyOf(followers)) {
                follower.emit(event);
                if (last) {
                    follower.complete();
                }
            }
            ended = last;
            if (last) {
                followers.clear();
            }
        }

        synchronized void attach(MultiEmitter<? super RunEvent> follower) {
            history.forEach(follower::emit);
            if (ended) {
                follower.complete();
                return;
            }
            followers.add(follower);
            follower.onTermination(() -> detach(follower));
        }

        private synchronized void detach(MultiEmitter<? super RunEvent> follower) {
            followers.remove(follower);
        }
    }
}
