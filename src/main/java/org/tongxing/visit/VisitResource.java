package org.tongxing.visit;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;
import org.tongxing.common.Roles;

@Path("/api/households/{householdId}")
@Tag(name = "Visits", description = "Follow-up visits, their schedule and the households' QR check-in codes")
public class VisitResource {

    @Inject
    VisitService visits;

    @POST
    @Path("/visits")
    @RolesAllowed({Roles.WORKER, Roles.CADRE})
    @Operation(summary = "Record a home visit to a household of your area",
            description = "With qrToken (the code scanned at the door) the visit counts as checked in there; newNeeds are"
                    + " posted as needs of the household in the same step")
    public Response record(@PathParam("householdId") long householdId, @NotNull @Valid VisitRequest request) {
        VisitView visit = visits.record(householdId, request);
        return Response.created(URI.create("/api/households/" + householdId + "/visits?visit=" + visit.id()))
                .entity(visit).build();
    }

    @GET
    @Path("/visits")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @Operation(summary = "The household's visits, newest first", description = "Reads by administrators are logged")
    public Page<VisitView> list(@PathParam("householdId") long householdId, @Valid @BeanParam PageParams page) {
        return visits.list(householdId, page);
    }

    @GET
    @Path("/visit-plan")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @Operation(summary = "When the household is next due a visit, and why then")
    public VisitPlan plan(@PathParam("householdId") long householdId) {
        return visits.plan(householdId);
    }
}
