package org.tongxing.matching.pages;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** A "hard/medium/soft" score in the terms a cadre reads: rules broken, things left open, cost points. */
public record ScoreWords(long broken, long open, long cost) {

    /** @return null while the run has no score yet */
    public static ScoreWords of(String score) {
        if (score == null) {
            return null;
        }
        HardMediumSoftLongScore s = HardMediumSoftLongScore.parseScore(score);
        return new ScoreWords(-s.hardScore(), -s.mediumScore(), -s.softScore());
    }
}
