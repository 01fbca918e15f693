package org.tongxing.organisation;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.tongxing.common.VettingStatus;
import org.tongxing.need.NeedCategory;

public class OrganisationFilter {

    @QueryParam("areaPrefix")
    @Pattern(regexp = "^\\d{1,15}$", message = "must be the leading digits of an area code")
    public String areaPrefix;

    @QueryParam("kind")
    public OrganisationKind kind;

    @QueryParam("category")
    public NeedCategory category;

    @QueryParam("vettingStatus")
    public VettingStatus vettingStatus;
}
