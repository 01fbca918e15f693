package org.tongxing.report;

import java.time.Instant;
import java.time.LocalDate;

import org.tongxing.common.ChinaTime;

/**
 * The area and the days one set of statistics counts, after the caller's own area has narrowed it. Days are
 * China's calendar days; {@link #start()} and {@link #end()} are the instants that bound them (end exclusive).
 *
 * @param area the area code prefix counted; null for everything (an administrator's whole instance)
 */
public record StatisticsScope(String area, LocalDate from, LocalDate to) {

    /** A LIKE pattern for area codes inside the scope. */
    public String areaPattern() {
        return (area == null ? "" : area) + "%";
    }

    public Instant start() {
        return from.atStartOfDay(ChinaTime.ZONE).toInstant();
    }

    public Instant end() {
        return to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
    }
}
