package org.tongxing.assistance;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Benefits: when their workers hear of a coming annual re-check (年审/复核). */
@ConfigMapping(prefix = "tongxing.assistance")
public interface AssistanceConfig {

    /** How many days before a granted benefit's re-check date its case workers are told, once per date. */
    @WithDefault("30")
    int recheckNoticeDays();

    /** When the re-check job runs, as a Quartz cron expression in China's time zone. */
    @WithDefault("0 40 7 * * ?")
    String rechecksCron();
}
