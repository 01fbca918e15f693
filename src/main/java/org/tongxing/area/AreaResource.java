package org.tongxing.area;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.common.NotFound;
import org.tongxing.common.Roles;

import io.quarkus.security.Authenticated;

@Path("/api/areas")
@Tag(name = "Areas", description = "The address tree: district, street, community, compound")
public class AreaResource {

    @Inject
    AreaService areas;

    @GET
    @Authenticated
    @Operation(summary = "List the areas directly below a parent (the districts when no parent is given)")
    public List<AreaView> list(@QueryParam("parent") @Pattern(regexp = AreaCode.PATTERN,
            message = "must be an area code") String parent) {
        return areas.children(parent);
    }

    @GET
    @Path("/{code}")
    @Authenticated
    @Operation(summary = "Get one area")
    public AreaView get(@PathParam("code") String code) {
        return areas.find(code).orElseThrow(() -> new NotFound("area", code));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add an area below an existing parent")
    public Response create(@NotNull @Valid AreaRequest request) {
        AreaView created = areas.create(request);
        return Response.created(URI.create("/api/areas/" + created.code())).entity(created).build();
    }
}
