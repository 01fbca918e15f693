package org.tongxing.need;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

/** Filters of the need list; all optional and combined with "and". */
public class NeedFilter {

    @QueryParam("status")
    public NeedStatus status;

    @QueryParam("category")
    public NeedCategory category;

    @QueryParam("areaPrefix")
    @Pattern(regexp = "^\\d{1,15}$", message = "must be the leading digits of an area code")
    public String areaPrefix;

    @QueryParam("urgency")
    public Urgency urgency;

    @QueryParam("visibility")
    public Visibility visibility;

    @QueryParam("householdId")
    public Long householdId;
}
