package org.tongxing.privacy;

import jakarta.ws.rs.QueryParam;

public class DisclosureFilter {

    @QueryParam("householdId")
    public Long householdId;

    @QueryParam("viewerId")
    public Long viewerId;

    @QueryParam("needId")
    public Long needId;
}
