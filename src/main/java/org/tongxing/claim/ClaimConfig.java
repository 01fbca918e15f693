package org.tongxing.claim;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Fairness limits and deadlines of claiming. */
@ConfigMapping(prefix = "tongxing.claims")
public interface ClaimConfig {

    /** Open (pending, accepted or delivered) claims a volunteer may hold at once. */
    @WithDefault("5")
    int volunteerOpenLimit();

    /** Open claims an organisation may hold at once. */
    @WithDefault("30")
    int organisationOpenLimit();

    /** From this many claims on, the completion ratio counts. */
    @WithDefault("10")
    int ratioAfterClaims();

    /** Share of finished claims that must have been completed (confirmed rather than released or expired). */
    @WithDefault("0.5")
    double minCompletionRatio();

    /** A claim the household's workers have not accepted within this many days expires. */
    @WithDefault("7")
    int acceptWithinDays();

    /** An accepted claim with no service logged this many days after its promised date expires. */
    @WithDefault("3")
    int deliveryGraceDays();

    /** Claimants are reminded this many days before their claim would expire. */
    @WithDefault("1")
    int remindDaysBefore();

    /** How often the deadlines job expires and reminds (read by the job's schedule). */
    @WithDefault("1h")
    Duration deadlinesEvery();
}
