package org.tongxing.matching;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Every setting of matching, under {@code tongxing.matching}: the solver's limits and the runs' timing. */
@ConfigMapping(prefix = "tongxing.matching")
public interface MatchingConfig {

    /** The longest a run may solve; a run's own time limit may not exceed it. */
    @WithDefault("PT2M")
    Duration spentLimit();

    /** A run ends earlier once its best plan has not improved for this long. */
    @WithDefault("PT15S")
    Duration unimprovedLimit();

    /**
     * Group plans with up to this many groups with open seats are solved exactly first (and a run ends once that
     * proves its plan optimal); larger ones by the flow and local search alone. 0 leaves every plan to local search.
     */
    @WithDefault("100")
    int exactGroupsUpTo();

    Runs runs();

    Commitments commitments();

    /** Pairs and groups after the match: the trial, the volunteer's answer, the rhythm of contacts and alerts. */
    interface Commitments {

        /** How long a trial runs before the cadre makes it formal or ends it. */
        @WithDefault("P30D")
        java.time.Period trialLength();

        /** How long a volunteer has to confirm or decline a trial before it returns to the cadre. */
        @WithDefault("P3D")
        Duration answerWithin();

        /** A group's expected rhythm of contacts (pairs choose theirs). */
        @WithDefault("14")
        int groupRhythmDays();

        /** Days of quiet past the rhythm before the first alert to the volunteers and the lead. */
        @WithDefault("14")
        int firstGraceDays();

        /** Days of quiet past the rhythm before the second alert. */
        @WithDefault("30")
        int secondGraceDays();

        /** When the alerts job runs (China time). */
        @WithDefault("0 30 7 * * ?")
        String alertsCron();
    }

    /** Runs: the time limit when a request names none, and the lease that tells a live run from a dead one. */
    interface Runs {

        /** Time limit of a run that names none. */
        @WithDefault("PT30S")
        Duration defaultTimeLimit();

        /** How often the solving instance renews the lease of its runs. */
        @WithDefault("PT10S")
        Duration heartbeat();

        /** A run whose lease was not renewed for this long died with its instance and is marked FAILED. */
        @WithDefault("PT45S")
        Duration lease();
    }
}
