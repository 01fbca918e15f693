package org.tongxing.matching.run;

import java.time.Instant;

import org.tongxing.matching.MatchingRun;
import org.tongxing.matching.RunKind;
import org.tongxing.matching.RunStatus;

/**
 * A matching run as the API shows it. {@code provenOptimal}: the solver proved its plan optimal and ended it then,
 * not at a time limit. {@code bestScore} reads "hard/medium/soft" (see {@link RunEvent}); while a
 * run solves it is the latest one known.
 */
public record RunView(long id, RunKind kind, String areaCode, String areaName, int timeLimitSeconds, RunStatus status,
        String bestScore, Counts counts, long startedBy, Instant createdAt, Instant startedAt, Instant endedAt,
        boolean stopRequested, String errorMessage, boolean provenOptimal, long version) {

    /** @param pinned confirmed pairs, or group leads and seats, that the run kept as they were */
    public record Counts(Integer requests, Integer volunteers, Integer pinned, Integer proposals, Integer unmatched) {
    }

    public static RunView from(MatchingRun run, String areaName, String liveScore) {
        return new RunView(run.id, run.kind, run.areaCode, areaName, run.timeLimitSeconds, run.status,
                run.status.isActive() && liveScore != null ? liveScore : run.bestScore,
                new Counts(run.requestCount, run.volunteerCount, run.pinnedCount, run.proposalCount,
                        run.unmatchedCount),
                run.startedBy, run.createdAt, run.startedAt, run.endedAt, run.stopRequestedAt != null, run.errorMessage,
                run.provenOptimal, run.version);
    }
}
