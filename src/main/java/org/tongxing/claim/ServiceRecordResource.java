package org.tongxing.claim;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.common.Roles;

@Path("/api/service-records")
@Tag(name = "Claims")
public class ServiceRecordResource {

    @Inject
    ServiceRecords records;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.VOLUNTEER, Roles.ORG_MEMBER, Roles.FAMILY})
    @Operation(summary = "Services delivered, added up per need, household, volunteer, organisation or category",
            description = "Hours, person-times and number of services between from and to (inclusive)")
    public List<ServiceTotals> totals(@Valid @BeanParam ServiceRecordQuery query) {
        return records.totals(query);
    }
}
