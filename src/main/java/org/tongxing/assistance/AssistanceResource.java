package org.tongxing.assistance;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.common.Roles;

@Path("/api/households/{householdId}/assistance")
@Tag(name = "Benefits and assistance")
public class AssistanceResource {

    @Inject
    AssistanceRecords records;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.FAMILY})
    @Operation(summary = "List the one-off assistance a household was given, newest first")
    public List<AssistanceView> list(@PathParam("householdId") long householdId) {
        return records.list(householdId);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @Operation(summary = "Record one-off assistance: cash, goods with their value, or a festival visit")
    public Response record(@PathParam("householdId") long householdId, @NotNull @Valid AssistanceRequest request) {
        return Response.status(Response.Status.CREATED).entity(records.record(householdId, request)).build();
    }
}
