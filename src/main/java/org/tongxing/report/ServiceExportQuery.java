package org.tongxing.report;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

/** Which service records to export; each caller gets only their part (see {@link ServiceRecordExport}). */
public class ServiceExportQuery {

    /** First day of service counted (inclusive); open when absent. */
    @QueryParam("from")
    public LocalDate from;

    /** Last day of service counted (inclusive); open when absent. */
    @QueryParam("to")
    public LocalDate to;

    /** For workers, cadres and administrators: only the households of this area (within their own). */
    @QueryParam("areaPrefix")
    @Pattern(regexp = "^\\d{1,15}$", message = "must be the leading digits of an area code")
    public String areaPrefix;
}
