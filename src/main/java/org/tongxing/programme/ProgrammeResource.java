package org.tongxing.programme;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
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

@Path("/api/programmes")
@Tag(name = "Programmes", description = "Programmes with member households, goals and evaluation rounds")
public class ProgrammeResource {

    @Inject
    ProgrammeService programmes;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.ORG_MEMBER})
    @Operation(summary = "Programmes you manage (your area) or, for an organisation, lead",
            description = "Newest start first; filters areaPrefix, leadOrganisationId, activeOn")
    public Page<ProgrammeSummary> list(@Valid @BeanParam ProgrammeFilter filter, @Valid @BeanParam PageParams page) {
        return programmes.list(filter, page);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.CADRE})
    @Operation(summary = "Create a programme in your area, with its goals and rubric")
    public Response create(@NotNull @Valid ProgrammeRequest request) {
        ProgrammeView created = programmes.create(request);
        return Response.created(URI.create("/api/programmes/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.ORG_MEMBER})
    @Operation(summary = "A programme with goal progress, service totals, pairs and groups, rubric and evaluations",
            description = "Progress is counted from the service and visit logs of member households within the period, and"
                    + " from their pairs and 1+3+1 groups active at some time in it; the lead organisation gets their"
                    + " counts only, not the lists")
    public ProgrammeView get(@PathParam("id") long id) {
        return programmes.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE})
    @Operation(summary = "Update a programme's settings and goals",
            description = "Send the version you read; 409 if it changed")
    public ProgrammeView update(@PathParam("id") long id,
            @NotNull @Valid @ConvertGroup(from = Default.class, to = OnUpdate.class) ProgrammeRequest request) {
        return programmes.update(id, request);
    }

    @PUT
    @Path("/{id}/rubric")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE})
    @Operation(summary = "Replace the rubric", description = "409 invalid-state once any evaluation has a score")
    public ProgrammeView rubric(@PathParam("id") long id, @NotNull @Valid ProgrammeRequest.RubricRequest request) {
        return programmes.replaceRubric(id, request);
    }

    @GET
    @Path("/{id}/households")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE})
    @Operation(summary = "The programme's member households")
    public Page<MemberView> members(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        return programmes.members(id, page);
    }

    @POST
    @Path("/{id}/households")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE})
    @Operation(summary = "Add a household of the programme's area (and of yours) as a member")
    public Response addMember(@PathParam("id") long id, @NotNull @Valid ProgrammeRequest.MembershipRequest request) {
        MemberView member = programmes.addMember(id, request);
        return Response.created(URI.create("/api/programmes/" + id + "/households")).entity(member).build();
    }

    @DELETE
    @Path("/{id}/households/{householdId}")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE})
    @Operation(summary = "Remove a member household")
    public void removeMember(@PathParam("id") long id, @PathParam("householdId") long householdId) {
        programmes.removeMember(id, householdId);
    }
}
