package org.tongxing.household;

import java.net.URI;

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
import org.tongxing.web.problem.NotFoundProblem;

@Path("/api/households")
@Tag(name = "Households", description = "Case files: one per family, with its members")
public class HouseholdResource {

    @Inject
    HouseholdService households;

    @GET
    @Operation(summary = "List case files", description = "Sortable by createdAt, updatedAt, areaCode, tier")
    public Page<HouseholdSummary> list(@Valid @BeanParam HouseholdFilter filter, @Valid @BeanParam PageParams page) {
        return households.list(filter, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a case file with its members")
    public HouseholdView get(@PathParam("id") long id) {
        return households.find(id).orElseThrow(() -> new NotFoundProblem("household", id));
    }

    @POST
    @Operation(summary = "Open a case file, optionally with its members")
    public Response open(@NotNull @Valid HouseholdRequest request) {
        HouseholdView opened = households.open(request);
        return Response.created(URI.create("/api/households/" + opened.id())).entity(opened).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Update a case file", description = "Send the version you read; 409 if it changed since")
    public HouseholdView update(@PathParam("id") long id,
            @NotNull @Valid @ConvertGroup(from = Default.class, to = OnUpdate.class) HouseholdRequest request) {
        return households.update(id, request);
    }
}
