package org.tongxing.matching.commitment;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.tongxing.matching.CommitmentStatus;

/** Filters of the pair and group lists; everything is further confined to the viewer's area. */
public class CommitmentFilter {

    @QueryParam("status")
    @DefaultValue("ACTIVE")
    public CommitmentStatus status;

    @QueryParam("areaPrefix")
    @Pattern(regexp = "^\\d{6}(\\d{3}){0,3}$", message = "must be an area code of 6, 9, 12 or 15 digits")
    public String areaPrefix;

    /** Pairs: of this volunteer. */
    @QueryParam("volunteerId")
    public Long volunteerId;

    /** Groups: led by this cadre. */
    @QueryParam("cadreId")
    public Long cadreId;
}
