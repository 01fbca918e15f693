package org.tongxing.matching.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.common.Roles;
import org.tongxing.ui.Problems;

/** Accepting every open proposal of a run at once, under the run they came from. */
@Path("/api/matching/runs/{id}/acceptance")
@Tag(name = "Matching")
@RolesAllowed({Roles.ADMIN, Roles.CADRE})
public class RunAcceptanceResource {

    @Inject
    ReviewService review;

    @Inject
    Problems problems;

    @POST
    @Operation(summary = "Accept every open proposal of the run",
            description = "Each in its own transaction: those that no longer fit fail (listed), the others apply")
    public AcceptAllResult acceptAll(@PathParam("id") long id) {
        return AcceptAllResult.of(review.acceptAll(id), problems);
    }
}
