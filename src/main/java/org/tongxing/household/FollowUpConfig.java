package org.tongxing.household;

import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Visit interval per follow-up tier, as ISO-8601 periods. */
@ConfigMapping(prefix = "tongxing.follow-up")
public interface FollowUpConfig {

    @WithDefault("P1M")
    Period intensive();

    @WithDefault("P3M")
    Period regular();

    @WithDefault("P6M")
    Period stable();

    default Period interval(Tier tier) {
        return switch (tier) {
            case INTENSIVE -> intensive();
            case REGULAR -> regular();
            case STABLE -> stable();
        };
    }
}
