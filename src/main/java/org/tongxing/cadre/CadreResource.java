package org.tongxing.cadre;

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

@Path("/api/cadres")
@Tag(name = "Cadres", description = "Women's-federation cadres and street officials")
public class CadreResource {

    @Inject
    CadreService cadres;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @Operation(summary = "List cadres", description = "Sortable by name, areaCode, createdAt")
    public Page<CadreView> list(@Valid @BeanParam CadreFilter filter, @Valid @BeanParam PageParams page) {
        return cadres.list(filter, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @Operation(summary = "Get one cadre")
    public CadreView get(@PathParam("id") long id) {
        return cadres.find(id).orElseThrow(() -> new NotFound("cadre", id));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a cadre")
    public Response create(@NotNull @Valid CadreRequest request) {
        CadreView created = cadres.create(request);
        return Response.created(URI.create("/api/cadres/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Update a cadre", description = "Send the version you read; 409 if it changed since")
    public CadreView update(@PathParam("id") long id,
            @NotNull @Valid @ConvertGroup(from = Default.class, to = OnUpdate.class) CadreRequest request) {
        return cadres.update(id, request);
    }
}
