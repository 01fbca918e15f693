package org.tongxing.matching.commitment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.common.Roles;

@Path("/api/me/commitments")
@Tag(name = "Matching")
public class MyCommitmentsResource {

    @Inject
    CommitmentService commitments;

    @GET
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "Your active pairs and 1+3+1 group seats")
    public CommitmentsView mine() {
        return commitments.mine();
    }
}
