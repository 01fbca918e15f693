package org.tongxing.visit;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Follow-up visits: what counts as due soon, the reminders, and the secret behind the households' QR codes. */
@ConfigMapping(prefix = "tongxing.visits")
public interface VisitConfig {

    /** A visit due within this many days counts as due soon (the default of the due list's {@code within}). */
    @WithDefault("14")
    int dueSoonDays();

    /** When the reminder job runs, as a Quartz cron expression in China's time zone (read by {@link VisitReminders}). */
    @WithDefault("0 30 7 * * ?")
    String remindersCron();

    /** The day of the week from which the weekly digest to cadres goes out (once per week). */
    @WithDefault("MONDAY")
    DayOfWeek digestDay();

    /**
     * The HMAC secret that signs QR codes (at least 32 characters). Required with an external database; with
     * the embedded one a generated secret is kept in the database when this is unset.
     */
    Optional<String> qrSecret();

    /** Secrets used before the current one: codes printed under them still check in, until re-issued. */
    Optional<List<String>> qrPreviousSecrets();

    /** The address QR codes point to (https://tongxing.example.org); unset = the address of the request. */
    Optional<String> publicUrl();
}
