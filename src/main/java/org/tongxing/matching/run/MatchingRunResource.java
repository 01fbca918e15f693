package org.tongxing.matching.run;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;
import org.tongxing.common.Roles;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;

@Path("/api/matching/runs")
@Tag(name = "Matching", description = "Matching runs that propose pairs and 1+3+1 groups, and their review")
@RolesAllowed({Roles.ADMIN, Roles.CADRE})
public class MatchingRunResource {

    @Inject
    MatchingRunService runs;

    @POST
    @Operation(summary = "Start a matching run in your area", description = "Solves asynchronously; 409 if a run of "
            + "this kind is already active in the district. Follow it at /events, stop it with DELETE.")
    public Response start(@NotNull @Valid RunRequest request) {
        RunView run = runs.start(request);
        return Response.created(URI.create("/api/matching/runs/" + run.id())).entity(run).build();
    }

    @GET
    @Operation(summary = "Matching runs of your area, newest first",
            description = "Sortable by createdAt, status, kind, areaCode")
    public Page<RunView> list(@Valid @BeanParam RunFilter filter, @Valid @BeanParam PageParams page) {
        return runs.list(filter, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One run: status, best score, timestamps and counts")
    public RunView get(@PathParam("id") long id) {
        return runs.get(id);
    }

    @GET
    @Path("/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @Operation(summary = "Server-sent events: 'best' for each new best score, then one 'end' with the outcome")
    public Multi<OutboundSseEvent> events(@PathParam("id") long id, @Context Sse sse) {
        return runs.events(id).map(event -> sse.newEventBuilder().name(event.event())
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(RunEvent.class, event).build());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Stop a run early; its best plan so far is kept as proposals",
            description = "200 once it ended; 202 while the instance solving it has yet to stop it")
    public Response stop(@PathParam("id") long id) {
        RunView run = runs.stop(id);
        return Response.status(run.status().isActive() ? 202 : 200).entity(run).build();
    }
}
