package org.tongxing.claim;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

public class ServiceRecordQuery {

    public enum GroupBy {
        NEED,
        HOUSEHOLD,
        VOLUNTEER,
        ORGANISATION,
        CATEGORY,
        /** A long-term pair's contacts. */
        PAIRING,
        /** A 1+3+1 group's contacts. */
        GROUP,
        /** CLAIM, PAIRING or GROUP: what the service was delivered under. */
        SOURCE
    }

    @QueryParam("groupBy")
    @DefaultValue("CATEGORY")
    @NotNull
    public GroupBy groupBy;

    /** First day counted (inclusive); open when absent. */
    @QueryParam("from")
    public LocalDate from;

    /** Last day counted (inclusive); open when absent. */
    @QueryParam("to")
    public LocalDate to;
}
