package org.tongxing.programme;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

/** Filters of the programme list; all optional and combined with "and". */
public class ProgrammeFilter {

    @QueryParam("areaPrefix")
    @Pattern(regexp = "^\\d{1,15}$", message = "must be the leading digits of an area code")
    public String areaPrefix;

    @QueryParam("leadOrganisationId")
    public Long leadOrganisationId;

    /** Programmes running on this day. */
    @QueryParam("activeOn")
    public LocalDate activeOn;
}
