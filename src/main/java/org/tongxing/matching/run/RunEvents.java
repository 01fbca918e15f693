package org.tongxing.matching.run;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.tongxing.common.Timestamps;
import org.tongxing.matching.MatchingRun;

/** Builds the events of a run's progress stream. */
final class RunEvents {

    private RunEvents() {
    }

    static RunEvent best(long runId, HardMediumSoftLongScore score, long elapsedMillis) {
        return new RunEvent(RunEvent.BEST, runId, null, score.toString(), score.hardScore(), score.mediumScore(),
                score.softScore(), elapsedMillis, null, Timestamps.now());
    }

    /** A best score as the database last recorded it, for followers of a run solved elsewhere. */
    static RunEvent best(MatchingRun run) {
        HardMediumSoftLongScore score = HardMediumSoftLongScore.parseScore(run.bestScore);
        return new RunEvent(RunEvent.BEST, run.id, run.status.name(), run.bestScore, score.hardScore(),
                score.mediumScore(), score.softScore(), null, null, Timestamps.now());
    }

    static RunEvent end(MatchingRun run) {
        HardMediumSoftLongScore score = run.bestScore == null ? null
                : HardMediumSoftLongScore.parseScore(run.bestScore);
        return new RunEvent(RunEvent.END, run.id, run.status.name(), run.bestScore,
                score == null ? null : score.hardScore(), score == null ? null : score.mediumScore(),
                score == null ? null : score.softScore(), null, run.proposalCount, Timestamps.now());
    }
}
