package org.tongxing.need;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.common.OnUpdate;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;
import org.tongxing.common.Roles;

@Path("/api/needs")
@Tag(name = "Needs", description = "What households ask for")
public class NeedResource {

    @Inject
    NeedService needs;

    @Inject
    EscalationService escalation;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.FAMILY})
    @Operation(summary = "List the needs of the case files you work on (a family: its own), most urgent first",
            description = "Sortable by urgency, createdAt, updatedAt, wantedBy, status, category")
    public Page<NeedView> list(@Valid @BeanParam NeedFilter filter, @Valid @BeanParam PageParams page) {
        return needs.list(filter, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.FAMILY, Roles.VOLUNTEER, Roles.ORG_MEMBER})
    @Operation(summary = "Get one need, at the level you may see it",
            description = "view=CASE_WORKER for its workers and family; CLAIMANT (with contact, if consented) for an "
                    + "accepted claimant; PUBLIC (redacted) for volunteers and organisations it is open to")
    public NeedView get(@PathParam("id") long id) {
        return needs.get(id);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.FAMILY})
    @Operation(summary = "Post a need for a household; it starts OPEN and visible to its community")
    public Response post(@NotNull @Valid NeedRequest request) {
        NeedView posted = needs.post(request);
        return Response.created(URI.create("/api/needs/" + posted.id())).entity(posted).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.FAMILY})
    @Operation(summary = "Edit a need's wording, category, urgency or date",
            description = "Send the version you read; 409 if it changed since")
    public NeedView update(@PathParam("id") long id,
            @NotNull @Valid @ConvertGroup(from = Default.class, to = OnUpdate.class) NeedRequest request) {
        return needs.update(id, request);
    }

    @POST
    @Path("/{id}/escalation")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @Operation(summary = "Escalate an open need one level (community → street → district → public), with a reason")
    public NeedView escalate(@PathParam("id") long id, @NotNull @Valid EscalationRequest request) {
        return escalation.escalate(id, request);
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.FAMILY})
    @Operation(summary = "Cancel a need that is no longer wanted, with a reason")
    public NeedView cancel(@PathParam("id") long id, @NotNull @Valid CancelRequest request) {
        return needs.cancel(id, request);
    }
}
