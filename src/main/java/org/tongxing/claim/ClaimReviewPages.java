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
import org.tongxing.account.Roles;
import org.tongxing.common.PageParams;
import org.tongxing.need.NeedService;
import org.tongxing.need.NeedView;
import org.tongxing.web.ui.FormValues;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The worker's start page: claims to accept or decline, and services to confirm, in their area. */
@Path("/worker")
@RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
@Produces(MediaType.TEXT_HTML)
public class ClaimReviewPages {

    /** A claim with the need it is for, as the worker sees both. */
    public record Review(ClaimView claim, NeedView need) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<Review> pending, List<Review> delivered, String done);
    }

    @Inject
    ClaimService claims;

    @Inject
    ClaimTransitions transitions;

    @Inject
    NeedService needs;

    @GET
    public TemplateInstance home(@QueryParam("done") String done) {
        return Templates.home(reviews(ClaimStatus.PENDING), reviews(ClaimStatus.DELIVERED), done);
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
        transitions.accept(id, new Decision(null, version));
        return back("accepted");
    }

    @POST
    @Path("/claims/{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("id") long id, @RestForm String reason, @RestForm Long version) {
        transitions.decline(id, new Decision(FormValues.text(reason), version));
        return back("declined");
    }

    @POST
    @Path("/claims/{id}/confirmation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@PathParam("id") long id, @RestForm String satisfaction, @RestForm String feedback,
            @RestForm Long version) {
        transitions.confirm(id, new Confirmation(FormValues.integer(satisfaction), FormValues.text(feedback), version));
        return back("confirmed");
    }

    private List<Review> reviews(ClaimStatus status) {
        ClaimFilter filter = new ClaimFilter();
        filter.status = status;
        return claims.list(filter, PageParams.of(0, 50, null)).items().stream()
                .map(c -> new Review(c, needs.get(c.needId()))).toList();
    }

    private static Response back(String done) {
        return Response.seeOther(URI.create("/worker?done=" + done)).build();
    }
}
