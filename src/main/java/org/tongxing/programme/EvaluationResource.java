package org.tongxing.programme;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.common.Roles;

@Path("/api/programmes/{programmeId}/evaluations")
@Tag(name = "Programmes")
public class EvaluationResource {

    @Inject
    EvaluationService evaluations;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.CADRE})
    @Operation(
            summary = "Open the mid-term or final evaluation and name its evaluator (an ADMIN or a CADRE of the area)")
    public Response open(@PathParam("programmeId") long programmeId, @NotNull @Valid EvaluationRequest request) {
        ProgrammeView.EvaluationView round = evaluations.open(programmeId, request);
        return Response.created(URI.create("/api/programmes/" + programmeId + "/evaluations/" + round.id()))
                .entity(round).build();
    }

    @GET
    @Path("/{roundId}")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.ORG_MEMBER})
    @Operation(summary = "An evaluation with its scores and weighted total (organisations see submitted ones)")
    public ProgrammeView.EvaluationView get(@PathParam("programmeId") long programmeId,
            @PathParam("roundId") long roundId) {
        return evaluations.get(programmeId, roundId);
    }

    @PUT
    @Path("/{roundId}/scores")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE})
    @Operation(summary = "Enter scores as the named evaluator; submit=true freezes the round",
            description = "Weighted total = 100 × Σ weight·score/max ÷ Σ weight; 409 evaluation-submitted afterwards")
    public ProgrammeView.EvaluationView score(@PathParam("programmeId") long programmeId,
            @PathParam("roundId") long roundId, @NotNull @Valid EvaluationRequest.Scores request) {
        return evaluations.score(programmeId, roundId, request);
    }
}
