package org.tongxing.visit;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

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
import org.tongxing.common.ChinaTime;
import org.tongxing.common.InvalidInput;
import org.tongxing.common.PageParams;
import org.tongxing.common.Roles;
import org.tongxing.household.HouseholdService;
import org.tongxing.household.HouseholdView;
import org.tongxing.ui.FormCheck;
import org.tongxing.ui.FormErrors;
import org.tongxing.ui.FormMessages;
import org.tongxing.ui.FormValues;
import org.tongxing.ui.NulAsFormError;
import org.tongxing.ui.PageMessages;

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
                List<VisitView> visits, String done, FormErrors errors);
    }

    @Inject
    HouseholdService households;

    @Inject
    VisitService visits;

    @Inject
    VisitCodes codes;

    @Inject
    VisitConfig config;

    @Inject
    FormCheck forms;

    @Inject
    PageMessages messages;

    @Context
    UriInfo uri;

    @GET
    public TemplateInstance page(@PathParam("householdId") long householdId, @QueryParam("done") String done) {
        return page(householdId, done, FormErrors.none());
    }

    private TemplateInstance page(long householdId, String done, FormErrors errors) {
        HouseholdView household = households.get(householdId);
        return Templates.code(household, visits.plan(householdId),
                codes.currentOrNull(householdId, VisitCodeResource.baseUrl(config, uri)),
                visits.list(householdId, PageParams.of(0, 10, null)).items(), done, errors);
    }

    /** A visit made without scanning the code (补录), or a phone or WeChat contact; the worker is recorded. */
    @POST
    @Path("/visits")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @NulAsFormError
    public Response record(@PathParam("householdId") long householdId, @RestForm String visitedAt,
            @RestForm String channel, @RestForm String outcome, @RestForm String findings) {
        Instant at = chinaTime(visitedAt);
        VisitRequest request = new VisitRequest(at, null, null, null, FormValues.text(findings), null, null, null,
                null, null, null, FormValues.enumValue(VisitChannel.class, channel),
                FormValues.enumValue(VisitOutcome.class, outcome));
        FormErrors errors = at == null ? new FormErrors(Map.of("visitedAt", messages.of(FormMessages.class)
                .visitedAt_required()), null) : forms.validate(request);
        if (!errors.any()) {
            try {
                visits.record(householdId, request);
                return back(householdId, "recorded");
            } catch (InvalidInput e) {
                errors = forms.of(e);
            }
        }
        return Response.status(400).entity(page(householdId, null, errors)).build();
    }

    /** A datetime-local field's value, read on China's clock; null when empty or unreadable. */
    private static Instant chinaTime(String value) {
        try {
            return FormValues.text(value) == null ? null
                    : LocalDateTime.parse(value.strip()).atZone(ChinaTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
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
