package org.tongxing.visit;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestForm;
import org.tongxing.common.PageParams;
import org.tongxing.common.Roles;
import org.tongxing.household.HouseholdService;
import org.tongxing.household.HouseholdView;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** A household's visit plan, recent visits and printable QR code, with the buttons to renew or revoke the code. */
@Path("/worker/households/{householdId}/qr")
@RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
@Produces(MediaType.TEXT_HTML)
public class VisitCodePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance code(HouseholdView household, VisitPlan plan, VisitCodeView code,
                List<VisitView> visits, String done);
    }

    @Inject
    HouseholdService households;

    @Inject
    VisitService visits;

    @Inject
    VisitCodes codes;

    @Inject
    VisitConfig config;

    @Context
    UriInfo uri;

    @GET
    public TemplateInstance page(@PathParam("householdId") long householdId, @QueryParam("done") String done) {
        HouseholdView household = households.get(householdId);
        return Templates.code(household, visits.plan(householdId),
                codes.currentOrNull(householdId, VisitCodeResource.baseUrl(config, uri)),
                visits.list(householdId, PageParams.of(0, 10, null)).items(), done);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response issue(@PathParam("householdId") long householdId) {
        codes.issue(householdId, VisitCodeResource.baseUrl(config, uri));
        return back(householdId, "issued");
    }

    @POST
    @Path("/revocation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("householdId") long householdId, @RestForm String confirm) {
        // Revoking stops the printed code at once, so it takes a ticked confirmation, also without JavaScript.
        if (!"yes".equals(confirm)) {
            return Response.status(400).entity(page(householdId, "revoke-unconfirmed")).build();
        }
        codes.revoke(householdId);
        return back(householdId, "revoked");
    }

    private static Response back(long householdId, String done) {
        return Response.seeOther(URI.create("/worker/households/" + householdId + "/qr?done=" + done)).build();
    }
}
