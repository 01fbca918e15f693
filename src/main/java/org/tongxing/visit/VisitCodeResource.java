package org.tongxing.visit;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.common.Roles;

/** A household's QR check-in code, for its case workers: read, print, re-issue (which revokes the old one), revoke. */
@Path("/api/households/{householdId}/visit-code")
@Tag(name = "Visits")
@RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
public class VisitCodeResource {

    @Inject
    VisitCodes codes;

    @Inject
    VisitConfig config;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The household's active code: generation and the check-in address it encodes")
    public VisitCodeView current(@PathParam("householdId") long householdId) {
        return codes.current(householdId, baseUrl(config, uri));
    }

    @POST
    @Operation(summary = "Issue a new code generation; the previous one stops working at once")
    public Response issue(@PathParam("householdId") long householdId) {
        VisitCodeView code = codes.issue(householdId, baseUrl(config, uri));
        return Response.created(URI.create("/api/households/" + householdId + "/visit-code")).entity(code).build();
    }

    @DELETE
    @Operation(summary = "Revoke the active code without issuing another")
    public void revoke(@PathParam("householdId") long householdId) {
        codes.revoke(householdId);
    }

    @GET
    @Path("/qr.png")
    @Produces("image/png")
    @Operation(summary = "The active code as a QR image (PNG) to print; download=true offers it as a file")
    public Response png(@PathParam("householdId") long householdId, @QueryParam("download") boolean download) {
        byte[] png = codes.png(householdId, baseUrl(config, uri));
        return download ? Response.ok(png).header("Content-Disposition",
                "attachment; filename=\"tongxing-qr-" + householdId + ".png\"").build() : Response.ok(png).build();
    }

    static String baseUrl(VisitConfig config, UriInfo uri) {
        return config.publicUrl().orElse(uri.getBaseUri().toString());
    }
}
