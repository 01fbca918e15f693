package org.tongxing.programme;

import java.time.LocalDate;

/** One row of the programme list. */
public record ProgrammeSummary(long id, String name, String areaCode, long leadOrganisationId,
        String leadOrganisationName,
        LocalDate startsOn, LocalDate endsOn, long memberCount) {
}
