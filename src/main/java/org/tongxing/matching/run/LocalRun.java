package org.tongxing.matching.run;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.tongxing.matching.MatchingRun;
import org.tongxing.matching.RunKind;
import org.tongxing.matching.RunStatus;

/** What this instance knows about a run it solves, shared between the request, solver and timer threads. */
final class LocalRun {

    final long id;
    final RunKind kind;
    final String scope;
    final String district;
    final int timeLimitSeconds;
    /** Completes with the run's final status once its outcome is in the database. */
    final CompletableFuture<RunStatus> done = new CompletableFuture<>();

    /** Set before the problem is read: any change committed after this must reach the solver as a problem change. */
    volatile boolean loading;
    volatile boolean stopRequested;
    volatile HardMediumSoftLongScore best;
    /** A phase proved the plan optimal: the run ends at once (COMPLETED) rather than at a time limit. */
    volatile boolean provenOptimal;
    volatile long solvingSince;
    volatile ScheduledFuture<?> timeLimit;

    LocalRun(MatchingRun run) {
        this.id = run.id;
        this.kind = run.kind;
        this.scope = run.areaCode;
        this.district = run.areaCode.substring(0, 6);
        this.timeLimitSeconds = run.timeLimitSeconds;
    }

    boolean covers(String areaCode) {
        return areaCode != null && areaCode.startsWith(scope);
    }

    String bestScore() {
        HardMediumSoftLongScore score = best;
        return score == null ? null : score.toString();
    }

    void cancelTimer() {
        ScheduledFuture<?> timer = timeLimit;
        if (timer != null) {
            timer.cancel(false);
        }
    }
}
