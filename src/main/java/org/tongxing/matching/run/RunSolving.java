package org.tongxing.matching.run;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.api.solver.change.ProblemChange;
import org.tongxing.matching.MatchingRun;
import org.tongxing.matching.NeedLeftMatching;
import org.tongxing.matching.RunKind;
import org.tongxing.matching.RunStatus;
import org.tongxing.matching.domain.MatchingPlan;
import org.tongxing.matching.solver.MatchingPlanFactory;
import org.tongxing.volunteer.VolunteerWithdrew;

import io.quarkus.runtime.ShutdownEvent;

/**
 * Runs matching runs on the solver and carries their outcome back to the database. The problem is read when
 * the solver picks the run up (so it is as fresh as possible); the result is written once, at the end, by a
 * transaction that only succeeds if the run is still SOLVING. Whatever fails or dies on the way leaves the run
 * FAILED and no proposals.
 */
@ApplicationScoped
public class RunSolving {

    private static final Logger LOG = Logger.getLogger(RunSolving.class);

    /** Renews leases; identifies this instance's runs in the database. */
    final String instanceId = UUID.randomUUID().toString();

    @Inject
    SolverManager<MatchingPlan, Long> solverManager;

    @Inject
    ProblemLoader loader;

    @Inject
    ProposalWriter writer;

    @Inject
    RunTransitions transitions;

    @Inject
    RunFeeds feeds;

    @Inject
    RunThreads threads;

    @Inject
    Event<RunEnded> ended;

    private final Map<Long, LocalRun> local = new ConcurrentHashMap<>();
    private volatile boolean shuttingDown;

    /** Hands a freshly committed QUEUED run to the solver. */
    public void submit(MatchingRun run) {
        LocalRun lr = new LocalRun(run);
        local.put(lr.id, lr);
        feeds.open(lr.id);
        try {
            solverManager.solveAndListen(lr.id, id -> load(lr), best -> onBest(lr, best), last -> onFinal(lr, last),
                    (id, error) -> onError(lr, error));
        } catch (RuntimeException e) {
            onError(lr, e);
        }
    }

    /**
     * Stops a run this instance solves: a queued one ends at once with nothing, a solving one ends early and
     * keeps its best plan as proposals. Waits up to {@code wait} for the outcome.
     */
    public Optional<RunStatus> stop(long runId, Duration wait) {
        LocalRun lr = local.get(runId);
        if (lr == null) {
            return Optional.empty();
        }
        lr.stopRequested = true;
        if (transitions.stopQueued(runId)) {
            threads.stopper().execute(() -> solverManager.terminateEarly(runId));
            end(lr);
        } else {
            transitions.requestStop(runId);
            terminate(lr);
        }
        try {
            return Optional.of(lr.done.get(wait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** The runs this instance solves, with their latest best score, for lease renewal. */
    Collection<LocalRun> localRuns() {
        return List.copyOf(local.values());
    }

    Optional<LocalRun> localRun(long runId) {
        return Optional.ofNullable(local.get(runId));
    }

    /** Asks the solver to end the run soon; terminating blocks until the solver stops, so not on the caller's thread. */
    void terminate(LocalRun lr) {
        threads.stopper().execute(() -> solverManager.terminateEarly(lr.id));
    }

    /**
     * The database says the run should stop (asked on another instance) or has ended (stopped while queued, or
     * failed by the reaper). A job the solver has not picked up yet is ended here; one it has ends by itself.
     */
    void stopAsRecorded(LocalRun lr, boolean stillActive) {
        lr.stopRequested = true;
        terminate(lr);
        if (!stillActive && !lr.loading) {
            end(lr);
        }
    }

    /** Once the withdrawal is committed (never for one that rolls back), the solver hears of it. */
    void onWithdrawal(@Observes(during = TransactionPhase.AFTER_SUCCESS) VolunteerWithdrew withdrawal) {
        volunteerWithdrew(withdrawal.volunteerId(), withdrawal.areaCode());
    }

    void onNeedCancelled(@Observes(during = TransactionPhase.AFTER_SUCCESS) NeedLeftMatching cancelled) {
        needCancelled(cancelled.needId(), cancelled.areaCode());
    }

    /** A volunteer withdrew: the solving runs of their district drop them and carry on. */
    public void volunteerWithdrew(long volunteerId, String areaCode) {
        local.values().stream().filter(lr -> lr.loading && lr.district.equals(areaCode.substring(0, 6)))
                .forEach(lr -> change(lr, new org.tongxing.matching.solver.VolunteerWithdrawn(volunteerId)));
    }

    /** A need was cancelled: the solving pair runs that include it drop it and carry on. */
    public void needCancelled(long needId, String areaCode) {
        local.values().stream().filter(lr -> lr.loading && lr.kind == RunKind.PAIRS && lr.covers(areaCode))
                .forEach(lr -> change(lr, new org.tongxing.matching.solver.RequestCancelled(needId)));
    }

    private void change(LocalRun lr, ProblemChange<MatchingPlan> change) {
        try {
            solverManager.addProblemChange(lr.id, change);
            LOG.infof("Matching run %d: %s", lr.id, change);
        } catch (IllegalStateException e) {
            LOG.debugf("Matching run %d ended before %s reached it", lr.id, change);
        }
    }

    private MatchingPlan load(LocalRun lr) {
        lr.loading = true;
        ProblemLoader.Loaded loaded = loader.load(lr.kind, lr.scope);
        MatchingPlan plan = MatchingPlanFactory.create(loaded.problem());
        plan.whenProvenOptimal(() -> {
            lr.provenOptimal = true;
            terminate(lr);
        });
        if (!transitions.startSolving(lr.id, loaded.requests(), loaded.volunteers(), loaded.pinned())) {
            throw new NoLongerQueued(lr.id);
        }
        lr.solvingSince = System.nanoTime();
        lr.timeLimit = threads.timers().schedule(() -> terminate(lr), lr.timeLimitSeconds, TimeUnit.SECONDS);
        if (lr.stopRequested) {
            terminate(lr);
        }
        return plan;
    }

    private void onBest(LocalRun lr, MatchingPlan best) {
        if (best.getScore() == null) {
            return;
        }
        lr.best = best.getScore();
        long elapsed = (System.nanoTime() - lr.solvingSince) / 1_000_000;
        feeds.publish(lr.id, RunEvents.best(lr.id, best.getScore(), elapsed));
        if (best.isProvenOptimal()) {
            terminate(lr); // an exact phase proved nothing scores better: waiting out the limits gains nothing
        }
    }

    private void onFinal(LocalRun lr, MatchingPlan last) {
        lr.cancelTimer();
        try {
            if (shuttingDown) {
                transitions.fail(lr.id, "The instance stopped while the run was solving");
            } else {
                if (last.getScore() != null) {
                    lr.best = last.getScore();
                }
                writer.write(lr.id, lr.kind, lr.scope, last, lr.stopRequested ? RunStatus.STOPPED : RunStatus.COMPLETED,
                        lr.provenOptimal || last.isProvenOptimal());
            }
        } catch (RuntimeException e) {
            // The write rolled back, so the run is still SOLVING: fail it rather than trust the solver to report this.
            onError(lr, e);
            return;
        }
        end(lr);
    }

    private void onError(LocalRun lr, Throwable error) {
        lr.cancelTimer();
        if (error instanceof NoLongerQueued) {
            LOG.infof("Matching run %d was stopped or failed before it started", lr.id);
        } else {
            LOG.errorf(error, "Matching run %d failed", lr.id);
            transitions.fail(lr.id, error.getClass().getSimpleName() + ": " + error.getMessage());
        }
        end(lr);
    }

    /** The outcome is in the database (or never will be): tell the followers and forget the run. */
    private void end(LocalRun lr) {
        if (local.remove(lr.id) == null) {
            return;
        }
        MatchingRun row = transitions.read(lr.id);
        ended.fire(RunEnded.of(row));
        feeds.close(lr.id, RunEvents.end(row));
        lr.done.complete(row.status);
    }

    /** Runs still solving when the instance stops are failed now; their solver threads are stopped afterwards. */
    void onShutdown(@Observes ShutdownEvent event) {
        shuttingDown = true;
        for (LocalRun lr : localRuns()) {
            transitions.fail(lr.id, "The instance stopped while the run was solving");
        }
    }

    /** The run was stopped (or failed by the reaper) before the solver picked it up. */
    static final class NoLongerQueued extends RuntimeException {
        NoLongerQueued(long id) {
            super("Run " + id + " is no longer queued", null, false, false);
        }
    }
}
