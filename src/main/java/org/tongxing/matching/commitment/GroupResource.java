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

@Path("/api/matching/groups")
@Tag(name = "Matching")
public class GroupResource {

    @Inject
    CommitmentService commitments;

    @Inject
    GroupEnding ending;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @Operation(summary = "1+3+1 groups of your area (default: active ones), newest first",
            description = "Sortable by formedAt, status")
    public Page<GroupView> list(@Valid @BeanParam CommitmentFilter filter, @Valid @BeanParam PageParams page) {
        return commitments.groups(filter, page);
    }

    @POST
    @Path("/{id}/members/{volunteerId}/departure")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.VOLUNTEER})
    @Operation(
            summary = "A volunteer leaves their seat (they themselves, or the household's case workers), with a reason",
            description = "The group stays ACTIVE and the next groups run may fill the seat. version is the group's. "
                    + "409 commitment-ended if the group ended or the volunteer left already")
    public GroupSeats depart(@PathParam("id") long id, @PathParam("volunteerId") long volunteerId,
            @NotNull @Valid Departure body) {
        return ending.depart(id, volunteerId, body);
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @Operation(summary = "End a 1+3+1 group (its household's case workers), with a reason",
            description = "Every seat is left; the needs it took on open again, or become FULFILLED with \"completed\": true. "
                    + "409 commitment-ended if it ended already, concurrent-update on a stale version")
    public GroupSeats end(@PathParam("id") long id, @NotNull @Valid Ending body) {
        return ending.end(id, body);
    }
}
