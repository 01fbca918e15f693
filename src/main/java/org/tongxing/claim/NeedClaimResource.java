package org.tongxing.claim;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.common.Roles;

@Path("/api/needs/{needId}/claims")
@Tag(name = "Claims", description = "Claiming open needs and seeing them through")
public class NeedClaimResource {

    @Inject
    ClaimService claims;

    @POST
    @RolesAllowed({Roles.VOLUNTEER, Roles.ORG_MEMBER})
    @Operation(summary = "Claim an open need (for yourself, or for your organisation)",
            description = "Exactly one claim wins; the others get 409 /problems/claim-conflict")
    public Response claim(@PathParam("needId") long needId, @NotNull @Valid ClaimRequest request) {
        ClaimView claim = claims.claim(needId, request);
        return Response.created(URI.create("/api/claims/" + claim.id())).entity(claim).build();
    }
}
