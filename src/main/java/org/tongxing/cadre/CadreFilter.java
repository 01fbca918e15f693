package org.tongxing.cadre;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

public class CadreFilter {

    @QueryParam("areaPrefix")
    @Pattern(regexp = "^\\d{1,15}$", message = "must be the leading digits of an area code")
    public String areaPrefix;
}
