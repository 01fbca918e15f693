package org.tongxing.claim;

import jakarta.ws.rs.QueryParam;

public class ClaimFilter {

    @QueryParam("status")
    public ClaimStatus status;

    @QueryParam("needId")
    public Long needId;
}
