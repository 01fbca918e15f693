package org.tongxing.visit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.tongxing.household.Tier;

/** Filters of the due list; all optional and combined with "and". */
public class DueFilter {

    /** Households due within this many days from today, overdue ones included; default tongxing.visits.due-soon-days. */
    @QueryParam("within")
    @Min(value = 0, message = "must be 0 or more")
    @Max(value = 366, message = "must be at most 366")
    public Integer within;

    /** Only households already overdue. */
    @QueryParam("overdueOnly")
    public boolean overdueOnly;

    @QueryParam("tier")
    public Tier tier;

    @QueryParam("areaPrefix")
    @Pattern(regexp = "^\\d{1,15}$", message = "must be the leading digits of an area code")
    public String areaPrefix;
}
