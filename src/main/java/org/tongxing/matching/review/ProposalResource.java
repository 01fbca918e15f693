package org.tongxing.matching.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.common.Roles;

@Path("/api/matching/proposals")
@Tag(name = "Matching")
@RolesAllowed({Roles.ADMIN, Roles.CADRE})
public class ProposalResource {

    @Inject
    ReviewService review;

    @GET
    @Path("/{id}")
    @Operation(summary = "One proposal with its explanation")
    public ProposalView get(@PathParam("id") long id) {
        return review.get(id);
    }

    @POST
    @Path("/{id}/acceptance")
    @Operation(summary = "Accept a proposal: it becomes an active pair or group",
            description = "409 proposal-outdated (and the proposal FAILED) if a volunteer's places, the need or the seat changed meanwhile")
    public ProposalView accept(@PathParam("id") long id) {
        return review.accept(id);
    }

    @POST
    @Path("/{id}/rejection")
    @Operation(summary = "Reject a proposal with a reason; its volunteers are not proposed to the family again")
    public ProposalView reject(@PathParam("id") long id, @NotNull @Valid Rejection rejection) {
        return review.reject(id, rejection);
    }
}
