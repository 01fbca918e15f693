package org.tongxing.need;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Automatic escalation: an open need unclaimed this many days at its level moves one level up. */
@ConfigMapping(prefix = "tongxing.escalation")
public interface EscalationConfig {

    @WithDefault("true")
    boolean auto();

    /** How often the escalation job looks for needs left unclaimed (read by the job's schedule). */
    @WithDefault("1h")
    Duration every();

    @WithDefault("2")
    int criticalDays();

    @WithDefault("5")
    int highDays();

    @WithDefault("10")
    int normalDays();

    @WithDefault("20")
    int lowDays();

    default int days(Urgency urgency) {
        return switch (urgency) {
            case CRITICAL -> criticalDays();
            case HIGH -> highDays();
            case NORMAL -> normalDays();
            case LOW -> lowDays();
        };
    }
}
