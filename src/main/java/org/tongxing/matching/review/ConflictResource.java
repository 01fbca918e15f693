package org.tongxing.matching.review;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.common.Roles;

@Path("/api/matching/conflicts")
@Tag(name = "Matching")
@RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
public class ConflictResource {

    @Inject
    ConflictService conflicts;

    @POST
    @Operation(summary = "Record that a volunteer and a family of your area must never be matched")
    public Response declare(@NotNull @Valid ConflictRequest request) {
        ConflictView created = conflicts.declare(request);
        return Response.created(URI.create("/api/matching/conflicts/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "The conflicts recorded for a family (declared, or from rejected proposals)")
    public List<ConflictView> ofHousehold(@NotNull @QueryParam("householdId") Long householdId) {
        return conflicts.ofHousehold(householdId);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One conflict")
    public ConflictView get(@PathParam("id") long id) {
        return conflicts.get(id);
    }
}
