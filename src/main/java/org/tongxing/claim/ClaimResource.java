package org.tongxing.claim;

import java.net.URI;
import java.util.List;

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

@Path("/api/claims")
@Tag(name = "Claims", description = "Claiming open needs and seeing them through")
public class ClaimResource {

    @Inject
    ClaimService claims;

    @Inject
    ClaimTransitions transitions;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.VOLUNTEER, Roles.ORG_MEMBER, Roles.FAMILY})
    @Operation(summary = "Claims you may see: your own, or those on the needs of your area or household")
    public Page<ClaimView> list(@Valid @BeanParam ClaimFilter filter, @Valid @BeanParam PageParams page) {
        return claims.list(filter, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.VOLUNTEER, Roles.ORG_MEMBER, Roles.FAMILY})
    @Operation(summary = "Get one claim")
    public ClaimView get(@PathParam("id") long id) {
        return claims.get(id);
    }

    @POST
    @Path("/{id}/acceptance")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @Operation(summary = "Accept a pending claim: the need goes IN_PROGRESS and the claimant may see the contact")
    public ClaimView accept(@PathParam("id") long id, @NotNull @Valid Decision decision) {
        return transitions.accept(id, decision);
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @Operation(summary = "Decline a pending claim with a reason; the need is open again")
    public ClaimView decline(@PathParam("id") long id, @NotNull @Valid Decision decision) {
        return transitions.decline(id, decision);
    }

    @POST
    @Path("/{id}/release")
    @RolesAllowed({Roles.VOLUNTEER, Roles.ORG_MEMBER})
    @Operation(summary = "Give up your claim with a reason; the need is open again")
    public ClaimView release(@PathParam("id") long id, @NotNull @Valid Decision decision) {
        return transitions.release(id, decision);
    }

    @POST
    @Path("/{id}/services")
    @RolesAllowed({Roles.VOLUNTEER, Roles.ORG_MEMBER})
    @Operation(summary = "Log a service delivered under your accepted claim")
    public Response logService(@PathParam("id") long id, @NotNull @Valid ServiceRequest request) {
        ServiceView logged = transitions.logService(id, request);
        return Response.created(URI.create("/api/claims/" + id + "/services")).entity(logged).build();
    }

    @GET
    @Path("/{id}/services")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.VOLUNTEER, Roles.ORG_MEMBER, Roles.FAMILY})
    @Operation(summary = "The services logged under a claim")
    public List<ServiceView> services(@PathParam("id") long id) {
        return claims.services(id);
    }

    @POST
    @Path("/{id}/confirmation")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.FAMILY})
    @Operation(summary = "Confirm the help was received (worker or family), optionally rating it 1-5")
    public ClaimView confirm(@PathParam("id") long id, @NotNull @Valid Confirmation confirmation) {
        return transitions.confirm(id, confirmation);
    }
}
