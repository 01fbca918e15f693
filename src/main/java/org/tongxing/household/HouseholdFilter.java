package org.tongxing.household;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

/** Filters of the household list; all optional and combined with "and". */
public class HouseholdFilter {

    @QueryParam("areaPrefix")
    @Pattern(regexp = "^\\d{1,15}$", message = "must be the leading digits of an area code")
    public String areaPrefix;

    @QueryParam("tier")
    public Tier tier;

    @QueryParam("hardshipCategory")
    public HardshipCategory hardshipCategory;

    @QueryParam("composition")
    public Composition composition;
}
