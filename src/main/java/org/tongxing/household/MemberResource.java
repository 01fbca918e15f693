package org.tongxing.household;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.common.OnUpdate;
import org.tongxing.common.Roles;

@Path("/api/households/{householdId}/members")
@Tag(name = "Households")
public class MemberResource {

    @Inject
    HouseholdService households;

    @Inject
    MemberService members;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.FAMILY})
    @Operation(summary = "List the members of a case file")
    public List<MemberView> list(@PathParam("householdId") long householdId) {
        return households.get(householdId).members();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @Operation(summary = "Add a member to a case file")
    public Response add(@PathParam("householdId") long householdId, @NotNull @Valid MemberRequest request) {
        MemberView added = members.add(householdId, request);
        return Response.created(URI.create("/api/households/" + householdId + "/members/" + added.id()))
                .entity(added).build();
    }

    @PUT
    @Path("/{memberId}")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.FAMILY})
    @Operation(summary = "Update a member", description = "Send the version you read; 409 if it changed since")
    public MemberView update(@PathParam("householdId") long householdId, @PathParam("memberId") long memberId,
            @NotNull @Valid @ConvertGroup(from = Default.class, to = OnUpdate.class) MemberRequest request) {
        return members.update(householdId, memberId, request);
    }

    @DELETE
    @Path("/{memberId}")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @Operation(summary = "Remove a member from a case file (e.g. moved away); the timeline keeps the fact")
    public void remove(@PathParam("householdId") long householdId, @PathParam("memberId") long memberId) {
        members.remove(householdId, memberId);
    }
}
