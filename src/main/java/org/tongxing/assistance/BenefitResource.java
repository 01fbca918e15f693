package org.tongxing.assistance;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.common.OnUpdate;
import org.tongxing.common.Roles;

@Path("/api/households/{householdId}/benefits")
@Tag(name = "Benefits and assistance", description = "What a household receives: benefits and one-off assistance")
public class BenefitResource {

    @Inject
    Benefits benefits;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.FAMILY})
    @Operation(summary = "List a household's benefits (received, applied for, refused, ended)")
    public List<BenefitView> list(@PathParam("householdId") long householdId) {
        return benefits.list(householdId);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @Operation(summary = "Record a benefit the household receives, has applied for or is considering")
    public Response record(@PathParam("householdId") long householdId, @NotNull @Valid BenefitRequest request) {
        BenefitView recorded = benefits.record(householdId, request);
        return Response.created(URI.create("/api/households/" + householdId + "/benefits/" + recorded.id()))
                .entity(recorded).build();
    }

    @PUT
    @Path("/{benefitId}")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @Operation(summary = "Change a benefit (its status, dates, amounts, re-check date)",
            description = "Send the version you read; 409 if it changed since")
    public BenefitView change(@PathParam("householdId") long householdId, @PathParam("benefitId") long benefitId,
            @NotNull @Valid @ConvertGroup(from = Default.class, to = OnUpdate.class) BenefitRequest request) {
        return benefits.change(householdId, benefitId, request);
    }
}
