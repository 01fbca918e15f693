package org.tongxing.matching.run;

import java.time.Duration;

import org.tongxing.matching.MatchingRun;
import org.tongxing.matching.RunKind;
import org.tongxing.matching.RunStatus;

/**
 * A run this instance solved has ended and its outcome is in the database: a CDI event, fired once per run by
 * the instance that solved it. A run whose instance died is failed by another instance's reaper and not announced.
 *
 * @param solving how long it solved, from the solver picking it up to its end; null if it never started
 */
public record RunEnded(RunKind kind, RunStatus status, Duration solving) {

    static RunEnded of(MatchingRun run) {
        Duration solving = run.startedAt == null || run.endedAt == null ? null
                : Duration.between(run.startedAt, run.endedAt);
        return new RunEnded(run.kind, run.status, solving);
    }
}
