package org.tongxing.visit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;
import org.tongxing.common.Roles;
import org.tongxing.household.Household;

@Path("/api")
@Tag(name = "Visits")
public class DueVisitResource {

    @Inject
    DueVisits due;

    @Inject
    VisitCodes codes;

    /** What a scanned code resolves to. */
    public record CheckIn(long householdId, String areaCode) {
    }

    @GET
    @Path("/visits/due")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @Operation(summary = "Households of your area due a visit within 'within' days, overdue ones included",
            description = "Sorted by tier (intensive first), then by lateness (most overdue first)")
    public Page<DueVisit> due(@Valid @BeanParam DueFilter filter, @Valid @BeanParam PageParams page) {
        return due.list(filter, page);
    }

    @GET
    @Path("/visit-codes/{token}")
    @RolesAllowed({Roles.WORKER, Roles.CADRE})
    @Operation(
            summary = "Check a scanned code: the household it belongs to, if it is genuine, current and in your area",
            description = "403 visit-code-invalid for a forged code, 410 visit-code-revoked for a withdrawn one")
    public CheckIn resolve(@PathParam("token") String token) {
        Household household = codes.resolve(token);
        return new CheckIn(household.id, household.areaCode);
    }
}
