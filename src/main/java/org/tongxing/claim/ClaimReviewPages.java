package org.tongxing.claim;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.tongxing.common.InvalidInput;
import org.tongxing.common.PageParams;
import org.tongxing.common.Roles;
import org.tongxing.need.NeedService;
import org.tongxing.need.NeedView;
import org.tongxing.ui.FormErrors;
import org.tongxing.ui.FormValues;
import org.tongxing.ui.PageMessages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The worker's start page: claims to accept or decline, and services to confirm, in their area. */
@Path("/worker")
@RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
@Produces(MediaType.TEXT_HTML)
public class ClaimReviewPages {

    /** A claim with the need it is for and the services logged under it, as the worker sees them. */
    public record Review(ClaimView claim, NeedView need, List<ServiceView> services) {

        /** The id of this claim's decline-reason field, which its errors are filed under. */
        public String declineField() {
            return "decline-" + claim.id() + "-reason";
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<Review> pending, List<Review> delivered, String done,
                FormErrors errors);
    }

    @Inject
    ClaimService claims;

    @Inject
    ClaimTransitions transitions;

    @Inject
    NeedService needs;

    @Inject
    PageMessages messages;

    @GET
    public TemplateInstance home(@QueryParam("done") String done) {
        return home(done, FormErrors.none());
    }

    @GET
    @Path("/claims")
    public TemplateInstance claims(@QueryParam("done") String done) {
        return home(done);
    }

    @POST
    @Path("/claims/{id}/acceptance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("id") long id, @RestForm Long version) {
        transitions.accept(id, new Decision(null, version == null ? -1 : version));
        return back("accepted");
    }

    @POST
    @Path("/claims/{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("id") long id, @RestForm String reason, @RestForm Long version) {
        try {
            transitions.decline(id, new Decision(FormValues.text(reason), version == null ? -1 : version));
            return back("declined");
        } catch (InvalidInput e) {
            FormErrors errors = FormErrors.of(e).withMessage("reason",
                    messages.of(ClaimMessages.class).decline_reason_required());
            return Response.status(400).entity(home(null, errors.prefixed("decline-" + id + "-"))).build();
        }
    }

    @POST
    @Path("/claims/{id}/confirmation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@PathParam("id") long id, @RestForm String satisfaction, @RestForm String feedback,
            @RestForm Long version) {
        transitions.confirm(id, new Confirmation(FormValues.integer(satisfaction), FormValues.text(feedback),
                version == null ? -1 : version));
        return back("confirmed");
    }

    private TemplateInstance home(String done, FormErrors errors) {
        return Templates.home(reviews(ClaimStatus.PENDING), reviews(ClaimStatus.DELIVERED), done, errors);
    }

    private List<Review> reviews(ClaimStatus status) {
        ClaimFilter filter = new ClaimFilter();
        filter.status = status;
        return claims.list(filter, PageParams.of(0, 50, null)).items().stream()
                .map(c -> new Review(c, needs.get(c.needId()),
                        status == ClaimStatus.DELIVERED ? claims.services(c.id()) : List.of()))
                .toList();
    }

    private static Response back(String done) {
        return Response.seeOther(URI.create("/worker?done=" + done)).build();
    }
}
