package org.tongxing.household;

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

@Path("/api/households")
@Tag(name = "Households", description = "Case files: one per family, with its members")
public class HouseholdResource {

    @Inject
    HouseholdService households;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @Operation(summary = "List case files in your area",
            description = "Sortable by createdAt, updatedAt, areaCode, tier")
    public Page<HouseholdSummary> list(@Valid @BeanParam HouseholdFilter filter, @Valid @BeanParam PageParams page) {
        return households.list(filter, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.FAMILY})
    @Operation(summary = "Get a case file with its members", description = "Reads by administrators are logged")
    public HouseholdView get(@PathParam("id") long id) {
        return households.get(id);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @Operation(summary = "Open a case file in your area, optionally with its members")
    public Response open(@NotNull @Valid HouseholdRequest request) {
        HouseholdView opened = households.open(request);
        return Response.created(URI.create("/api/households/" + opened.id())).entity(opened).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @Operation(summary = "Update a case file", description = "Send the version you read; 409 if it changed since")
    public HouseholdView update(@PathParam("id") long id,
            @NotNull @Valid @ConvertGroup(from = Default.class, to = OnUpdate.class) HouseholdRequest request) {
        return households.update(id, request);
    }

    @PUT
    @Path("/{id}/consent")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.FAMILY})
    @Operation(summary = "Record the family's consent decisions; the family may do this itself")
    public HouseholdView consent(@PathParam("id") long id, @NotNull @Valid ConsentUpdate update) {
        return households.updateConsent(id, update);
    }

    @PUT
    @Path("/{id}/preferences")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.FAMILY})
    @Operation(summary = "Record what the family said: languages, free times, a gender wish, how to contact it",
            description = "Case-file data the matcher uses; the family may state it itself. Send the version you read")
    public HouseholdView preferences(@PathParam("id") long id, @NotNull @Valid PreferencesUpdate update) {
        return households.updatePreferences(id, update);
    }
}
