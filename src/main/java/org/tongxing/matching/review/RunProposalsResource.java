package org.tongxing.matching.review;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.common.Roles;
import org.tongxing.matching.ProposalStatus;

/** A run's proposals, under the run they came from; the review, not the run, answers for them. */
@Path("/api/matching/runs/{id}/proposals")
@Tag(name = "Matching")
@RolesAllowed({Roles.ADMIN, Roles.CADRE})
public class RunProposalsResource {

    @Inject
    ReviewService review;

    @GET
    @Operation(summary = "The run's proposals with their explanations (zh-CN and English)")
    public List<ProposalView> proposals(@PathParam("id") long id, @QueryParam("status") ProposalStatus status) {
        return review.proposals(id, status);
    }
}
