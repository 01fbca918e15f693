package org.tongxing.pages.admin;

import java.net.URI;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.tongxing.common.InvalidParameter;
import org.tongxing.common.PageParams;
import org.tongxing.common.Roles;
import org.tongxing.common.VettingRequest;
import org.tongxing.common.VettingStatus;
import org.tongxing.organisation.OrganisationFilter;
import org.tongxing.organisation.OrganisationService;
import org.tongxing.organisation.OrganisationView;
import org.tongxing.ui.FormErrors;
import org.tongxing.ui.FormValues;
import org.tongxing.ui.PageMessages;
import org.tongxing.volunteer.VolunteerFilter;
import org.tongxing.volunteer.VolunteerService;
import org.tongxing.volunteer.VolunteerView;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Background checks: volunteers and organisations in one state (pending by default), each vetted or refused. */
@Path("/admin/vetting")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class VettingPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance vetting(VettingStatus status, List<VolunteerView> volunteers,
                List<OrganisationView> organisations, String done, FormErrors errors);
    }

    @Inject
    VolunteerService volunteers;

    @Inject
    OrganisationService organisations;

    @Inject
    PageMessages messages;

    @GET
    public TemplateInstance vetting(@QueryParam("status") String status, @QueryParam("done") String done) {
        return page(status, done, FormErrors.none());
    }

    private TemplateInstance page(String status, String done, FormErrors errors) {
        VettingStatus shown = FormValues.enumValue(VettingStatus.class, status);
        VolunteerFilter volunteer = new VolunteerFilter();
        volunteer.vettingStatus = shown == null ? VettingStatus.PENDING : shown;
        OrganisationFilter organisation = new OrganisationFilter();
        organisation.vettingStatus = volunteer.vettingStatus;
        PageParams first = PageParams.of(0, 50, "createdAt");
        return Templates.vetting(volunteer.vettingStatus, volunteers.list(volunteer, first).items(),
                organisations.list(organisation, first).items(), done, errors);
    }

    @POST
    @Path("/volunteers/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response vetVolunteer(@PathParam("id") long id, @RestForm String status, @RestForm Long version,
            @RestForm String shown, @RestForm String reason) {
        VettingRequest decision = decision(status, version, reason);
        if (decision.refuses() && decision.note() == null) {
            return unexplained("volunteers", id, shown);
        }
        volunteers.vet(id, decision);
        return back(shown);
    }

    @POST
    @Path("/organisations/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response vetOrganisation(@PathParam("id") long id, @RestForm String status, @RestForm Long version,
            @RestForm String shown, @RestForm String reason) {
        VettingRequest decision = decision(status, version, reason);
        if (decision.refuses() && decision.note() == null) {
            return unexplained("organisations", id, shown);
        }
        organisations.vet(id, decision);
        return back(shown);
    }

    private static VettingRequest decision(String status, Long version, String reason) {
        VettingStatus decided = FormValues.enumValue(VettingStatus.class, status);
        if (decided == null || version == null) {
            throw new InvalidParameter("status", "must be a vetting status");
        }
        String note = FormValues.text(reason);
        return new VettingRequest(decided, version, note == null ? null : note.substring(0, Math.min(500,
                note.length())));
    }

    /** A refusal is not recorded without the reason the applicant will read. */
    private Response unexplained(String kind, long id, String shown) {
        FormErrors errors = new FormErrors(Map.of("reason-" + kind + "-" + id,
                messages.of(AdminMessages.class).vetting_reason_required()), null);
        return Response.status(400).entity(page(shown, null, errors)).build();
    }

    private static Response back(String shown) {
        VettingStatus list = FormValues.enumValue(VettingStatus.class, shown);
        return Response.seeOther(URI.create("/admin/vetting?done=saved&status="
                + (list == null ? VettingStatus.PENDING : list))).build();
    }
}
