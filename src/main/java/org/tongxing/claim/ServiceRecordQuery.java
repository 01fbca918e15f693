package org.tongxing.claim;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

public class ServiceRecordQuery {

    public enum GroupBy {
        NEED, HOUSEHOLD, VOLUNTEER, ORGANISATION, CATEGORY
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
