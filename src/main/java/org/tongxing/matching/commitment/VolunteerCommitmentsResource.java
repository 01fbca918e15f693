package org.tongxing.matching.commitment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.common.Roles;

@Path("/api/volunteers/{volunteerId}/commitments")
@Tag(name = "Matching")
public class VolunteerCommitmentsResource {

    @Inject
    CommitmentService commitments;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.VOLUNTEER})
    @Operation(summary = "A volunteer's active pairs and group seats (staff of their district, or the volunteer)")
    public CommitmentsView ofVolunteer(@PathParam("volunteerId") long volunteerId) {
        return commitments.ofVolunteer(volunteerId);
    }
}
