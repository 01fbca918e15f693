package org.tongxing.matching.pages;

import org.tongxing.matching.run.RunView;

/**
 * A run in the terms a cadre uses: how many households have someone and how many do not yet. Once the run has
 * ended, from its proposals (with the confirmed ones it kept) and its unmatched count; while it solves, from its
 * best plan so far, whose "left open" counts requests without a helper (and empty group seats).
 */
public record RunOutcome(long matched, long unmatched) {

    /** @return null while nothing is known yet */
    public static RunOutcome of(RunView run, ScoreWords score) {
        RunView.Counts counts = run.counts();
        if (counts != null && counts.proposals() != null && counts.unmatched() != null) {
            long kept = counts.pinned() == null ? 0 : counts.pinned();
            return new RunOutcome(counts.proposals() + kept, counts.unmatched());
        }
        if (score != null && counts != null && counts.requests() != null) {
            return new RunOutcome(Math.max(0, counts.requests() - score.open()), score.open());
        }
        return null;
    }
}
