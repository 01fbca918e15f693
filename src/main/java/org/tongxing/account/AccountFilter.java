package org.tongxing.account;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.tongxing.common.Role;

public class AccountFilter {

    @QueryParam("role")
    public Role role;

    @QueryParam("areaPrefix")
    @Pattern(regexp = "^\\d{1,15}$", message = "must be the leading digits of an area code")
    public String areaPrefix;

    @QueryParam("enabled")
    public Boolean enabled;
}
