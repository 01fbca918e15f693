package org.tongxing.need;

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

@Path("/api/needs")
@Tag(name = "Needs", description = "What households ask for")
public class NeedResource {

    @Inject
    NeedService needs;

    @GET
    @Operation(summary = "List needs, most urgent first",
            description = "Sortable by urgency, createdAt, updatedAt, wantedBy, status, category")
    public Page<NeedView> list(@Valid @BeanParam NeedFilter filter, @Valid @BeanParam PageParams page) {
        return needs.list(filter, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one need")
    public NeedView get(@PathParam("id") long id) {
        return needs.find(id).orElseThrow(() -> new NotFoundProblem("need", id));
    }

    @POST
    @Operation(summary = "Post a need for a household; it starts OPEN and visible to its community")
    public Response post(@NotNull @Valid NeedRequest request) {
        NeedView posted = needs.post(request);
        return Response.created(URI.create("/api/needs/" + posted.id())).entity(posted).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Edit a need's wording, category, urgency or date",
            description = "Send the version you read; 409 if it changed since")
    public NeedView update(@PathParam("id") long id,
            @NotNull @Valid @ConvertGroup(from = Default.class, to = OnUpdate.class) NeedRequest request) {
        return needs.update(id, request);
    }

    @POST
    @Path("/{id}/cancellation")
    @Operation(summary = "Cancel a need that is no longer wanted, with a reason")
    public NeedView cancel(@PathParam("id") long id, @NotNull @Valid CancelRequest request) {
        return needs.cancel(id, request);
    }
}
