package org.tongxing.matching.run;

import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.tongxing.matching.MatchingConfig;
import org.tongxing.matching.MatchingRun;
import org.tongxing.matching.run.RunTransitions.Progress;

import io.quarkus.runtime.StartupEvent;

/**
 * Keeps runs honest across instances. Every heartbeat this instance renews the lease of the runs it solves
 * (recording their best score), picks up stop requests made on other instances, drops runs that someone else
 * ended, and fails every active run whose lease lapsed: its instance died, and it must not block its district.
 * Its own thread, not the Quarkus scheduler, so it also runs where scheduled jobs are switched off.
 */
@ApplicationScoped
public class RunLeases {

    private static final Logger LOG = Logger.getLogger(RunLeases.class);

    @Inject
    MatchingConfig config;

    @Inject
    RunTransitions transitions;

    @Inject
    RunSolving solving;

    @Inject
    RunThreads threads;

    /** After demo data (priority 1000): a run that died with the previous process is failed before anything starts. */
    void onStart(@Observes @Priority(2000) StartupEvent event) {
        reap();
        long period = config.runs().heartbeat().toMillis();
        threads.timers().scheduleWithFixedDelay(this::beat, period, period, TimeUnit.MILLISECONDS);
    }

    /** Fails the runs whose instance stopped renewing them; returns their ids. */
    public List<Long> reap() {
        List<Long> failed = transitions.reapExpired(config.runs().lease());
        if (!failed.isEmpty()) {
            LOG.warnf("Matching runs %s lost their instance and were marked FAILED", failed);
        }
        return failed;
    }

    void beat() {
        try {
            var runs = solving.localRuns();
            transitions.renew(solving.instanceId,
                    runs.stream().map(lr -> new Progress(lr.id, lr.bestScore())).toList());
            for (LocalRun lr : runs) {
                follow(lr, transitions.read(lr.id));
            }
            reap();
        } catch (RuntimeException e) {
            LOG.warn("Matching run heartbeat failed; retrying at the next one", e);
        }
    }

    /** A stop asked for on another instance, or a run ended behind this instance's back, reaches the solver. */
    private void follow(LocalRun lr, MatchingRun row) {
        if (row == null || lr.stopRequested) {
            return;
        }
        if (row.stopRequestedAt != null || !row.status.isActive()) {
            LOG.infof("Matching run %d: stopping (%s)", lr.id, row.status.isActive() ? "stop requested" : row.status);
            solving.stopAsRecorded(lr, row.status.isActive());
        }
    }
}
