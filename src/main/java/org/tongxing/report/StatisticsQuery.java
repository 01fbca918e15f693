package org.tongxing.report;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.tongxing.area.AreaCode;

/** Which area and period the statistics count; every part is optional (defaults in {@link StatisticsScope}). */
public class StatisticsQuery {

    /** A district, street, community or compound code; absent means the whole area the caller may see. */
    @QueryParam("area")
    @Pattern(regexp = AreaCode.PATTERN, message = "must be an area code of 6, 9, 12 or 15 digits")
    public String area;

    /** First day counted (inclusive, China's calendar). */
    @QueryParam("from")
    public LocalDate from;

    /** Last day counted (inclusive, China's calendar). */
    @QueryParam("to")
    public LocalDate to;

    public static StatisticsQuery of(String area, LocalDate from, LocalDate to) {
        StatisticsQuery query = new StatisticsQuery();
        query.area = area;
        query.from = from;
        query.to = to;
        return query;
    }
}
