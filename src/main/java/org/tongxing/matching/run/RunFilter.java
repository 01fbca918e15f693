package org.tongxing.matching.run;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.tongxing.matching.RunKind;
import org.tongxing.matching.RunStatus;

/** Filters of the run list; everything is further confined to the viewer's area. */
public class RunFilter {

    @QueryParam("kind")
    public RunKind kind;

    @QueryParam("status")
    public RunStatus status;

    @QueryParam("areaPrefix")
    @Pattern(regexp = "^\\d{6}(\\d{3}){0,3}$", message = "must be an area code of 6, 9, 12 or 15 digits")
    public String areaPrefix;
}
