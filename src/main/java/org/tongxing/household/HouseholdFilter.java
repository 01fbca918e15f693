package org.tongxing.household;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

    /**
     * Finds files by a member's name or phone, or the address, in part; by an 18-character resident ID number only
     * exactly. Only within the viewer's own area, as every household list.
     */
    @QueryParam("q")
    @Size(max = 50, message = "must be at most 50 characters")
    public String q;
}
