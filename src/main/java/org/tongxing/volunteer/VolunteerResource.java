package org.tongxing.volunteer;

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
import org.tongxing.common.VettingRequest;

@Path("/api/volunteers")
@Tag(name = "Volunteers", description = "People who give time, with their skills and availability")
public class VolunteerResource {

    @Inject
    VolunteerService volunteers;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @Operation(summary = "List volunteers (cadres and workers: those in their district)",
            description = "Sortable by name, createdAt, areaCode, capacity")
    public Page<VolunteerView> list(@Valid @BeanParam VolunteerFilter filter, @Valid @BeanParam PageParams page) {
        return volunteers.list(filter, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.VOLUNTEER})
    @Operation(summary = "Get one volunteer (a volunteer: only themselves)")
    public VolunteerView get(@PathParam("id") long id) {
        return volunteers.get(id);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @Operation(summary = "Register a volunteer; vetting starts as PENDING")
    public Response register(@NotNull @Valid VolunteerRequest request) {
        VolunteerView created = volunteers.register(request);
        return Response.created(URI.create("/api/volunteers/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.VOLUNTEER})
    @Operation(summary = "Update a volunteer's profile",
            description = "Send the version you read; 409 if it changed since")
    public VolunteerView update(@PathParam("id") long id,
            @NotNull @Valid @ConvertGroup(from = Default.class, to = OnUpdate.class) VolunteerRequest request) {
        return volunteers.update(id, request);
    }

    @PUT
    @Path("/{id}/vetting")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Record the outcome of a volunteer's background check")
    public VolunteerView vet(@PathParam("id") long id, @NotNull @Valid VettingRequest request) {
        return volunteers.vet(id, request);
    }
}
