package org.tongxing.organisation;

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
import org.tongxing.common.NotFound;
import org.tongxing.common.OnUpdate;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;
import org.tongxing.common.Roles;
import org.tongxing.common.VettingRequest;

import io.quarkus.security.Authenticated;

@Path("/api/organisations")
@Tag(name = "Organisations", description = "Charities, social-work agencies and caring enterprises")
public class OrganisationResource {

    @Inject
    OrganisationService organisations;

    @GET
    @Authenticated
    @Operation(summary = "List organisations", description = "Sortable by name, createdAt, areaCode")
    public Page<OrganisationView> list(@Valid @BeanParam OrganisationFilter filter, @Valid @BeanParam PageParams page) {
        return organisations.list(filter, page);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Get one organisation")
    public OrganisationView get(@PathParam("id") long id) {
        return organisations.find(id).orElseThrow(() -> new NotFound("organisation", id));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register an organisation; vetting starts as PENDING")
    public Response register(@NotNull @Valid OrganisationRequest request) {
        OrganisationView created = organisations.register(request);
        return Response.created(URI.create("/api/organisations/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ORG_MEMBER})
    @Operation(summary = "Update an organisation (a member: only their own)",
            description = "Send the version you read; 409 if it changed since")
    public OrganisationView update(@PathParam("id") long id,
            @NotNull @Valid @ConvertGroup(from = Default.class, to = OnUpdate.class) OrganisationRequest request) {
        return organisations.update(id, request);
    }

    @PUT
    @Path("/{id}/vetting")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Record the outcome of an organisation's background check")
    public OrganisationView vet(@PathParam("id") long id, @NotNull @Valid VettingRequest request) {
        return organisations.vet(id, request);
    }
}
