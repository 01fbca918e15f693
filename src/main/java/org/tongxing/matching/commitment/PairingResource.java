package org.tongxing.matching.commitment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;
import org.tongxing.common.Roles;

@Path("/api/matching/pairings")
@Tag(name = "Matching")
public class PairingResource {

    @Inject
    CommitmentService commitments;

    @Inject
    PairEnding ending;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @Operation(summary = "Pairs of your area (default: active ones), newest first",
            description = "Sortable by since, status")
    public Page<PairingView> list(@Valid @BeanParam CommitmentFilter filter, @Valid @BeanParam PageParams page) {
        return commitments.pairings(filter, page);
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.VOLUNTEER})
    @Operation(summary = "End a pair (its household's case workers, or its volunteer), with a reason",
            description = "The need opens again for the next pairs run, or becomes FULFILLED with \"completed\": true "
                    + "(case workers only). 409 commitment-ended if it ended already, concurrent-update on a stale version")
    public EndedPairing end(@PathParam("id") long id, @NotNull @Valid Ending body) {
        return ending.end(id, body);
    }
}
