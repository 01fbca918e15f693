package org.tongxing.pages.family;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.groups.Default;
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
import org.tongxing.account.CurrentViewer;
import org.tongxing.claim.ClaimFilter;
import org.tongxing.claim.ClaimService;
import org.tongxing.claim.ClaimStatus;
import org.tongxing.claim.ClaimTransitions;
import org.tongxing.claim.ClaimView;
import org.tongxing.claim.Confirmation;
import org.tongxing.claim.ServiceView;
import org.tongxing.common.DomainException;
import org.tongxing.common.InvalidInput;
import org.tongxing.common.OnUpdate;
import org.tongxing.common.PageParams;
import org.tongxing.common.Roles;
import org.tongxing.need.CancelRequest;
import org.tongxing.need.NeedCategory;
import org.tongxing.need.NeedFilter;
import org.tongxing.need.NeedRequest;
import org.tongxing.need.NeedService;
import org.tongxing.need.NeedView;
import org.tongxing.need.Urgency;
import org.tongxing.ui.FormCheck;
import org.tongxing.ui.FormErrors;
import org.tongxing.ui.FormValues;
import org.tongxing.ui.NulAsFormError;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;

/**
 * A family's own pages, in plain words: ask for help, follow what happens to the request, say when the help
 * arrived and how it was, and see what the case file holds about them.
 */
@Path("/family")
@RolesAllowed(Roles.FAMILY)
@Produces(MediaType.TEXT_HTML)
public class FamilyPages {

    /** A claim on one of the family's needs with the services logged under it. */
    public record Helper(ClaimView claim, List<ServiceView> services) {
    }

    /** The request form as filled in, to show it again with its errors. */
    public record RequestForm(String category, String description, String urgency, String wantedBy) {
    }

    /** One step of a request's progress as the family sees it. */
    public record Step(String name, boolean current) {
    }

    private static final List<String> STEPS = List.of("posted", "claimed", "helping", "done");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<NeedView> needs, List<ClaimView> toConfirm, String done);

        static native TemplateInstance ask(RequestForm form, FormErrors errors);

        static native TemplateInstance need(NeedView need, List<Helper> helpers, FormErrors errors, String done);
    }

    @Inject
    NeedService needs;

    @Inject
    ClaimService claims;

    @Inject
    ClaimTransitions transitions;

    @Inject
    CurrentViewer viewer;

    @Inject
    FormCheck forms;

    @GET
    public TemplateInstance home(@QueryParam("done") String done) {
        NeedFilter own = new NeedFilter();
        own.householdId = viewer.get().householdId();
        ClaimFilter delivered = new ClaimFilter();
        delivered.status = ClaimStatus.DELIVERED;
        return Templates.home(needs.list(own, PageParams.of(0, 50, "-createdAt")).items(),
                claims.list(delivered, PageParams.of(0, 20, null)).items(), done);
    }

    @GET
    @Path("/needs/new")
    public TemplateInstance ask() {
        return Templates.ask(new RequestForm("", "", Urgency.NORMAL.name(), ""), FormErrors.none());
    }

    @POST
    @Path("/needs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @NulAsFormError
    public Response post(@RestForm String category, @RestForm String description, @RestForm String urgency,
            @RestForm String wantedBy) {
        NeedRequest request = new NeedRequest(viewer.get().householdId(), null,
                FormValues.enumValue(NeedCategory.class, category), FormValues.text(description),
                FormValues.enumValue(Urgency.class, urgency), FormValues.date(wantedBy), null);
        RequestForm form = new RequestForm(category, description, urgency, wantedBy);
        FormErrors errors = forms.validate(request);
        if (!errors.any()) {
            try {
                NeedView posted = needs.post(request);
                return Response.seeOther(URI.create("/family/needs/" + posted.id() + "?done=posted")).build();
            } catch (DomainException e) {
                errors = forms.of(e);
            }
        }
        return Response.status(400).entity(Templates.ask(form, errors)).build();
    }

    @GET
    @Path("/needs/{id}")
    public TemplateInstance need(@PathParam("id") long id, @QueryParam("done") String done) {
        return need(id, FormErrors.none(), done);
    }

    @POST
    @Path("/claims/{id}/confirmation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @NulAsFormError
    public Response confirm(@PathParam("id") long id, @RestForm String satisfaction, @RestForm String feedback,
            @RestForm Long version) {
        ClaimView claim = claims.get(id);
        Confirmation confirmation = new Confirmation(FormValues.integer(satisfaction), FormValues.text(feedback),
                version);
        FormErrors errors = forms.validate(confirmation);
        if (errors.any()) {
            return Response.status(400).entity(need(claim.needId(), errors.prefixed("confirm-"), null)).build();
        }
        transitions.confirm(id, confirmation);
        return Response.seeOther(URI.create("/family/needs/" + claim.needId() + "?done=confirmed")).build();
    }

    /** The family changes its own open request: what it asks, how urgent, by when. */
    @POST
    @Path("/needs/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @NulAsFormError
    public Response change(@PathParam("id") long id, @RestForm String description, @RestForm String urgency,
            @RestForm String wantedBy, @RestForm Long version) {
        NeedView need = needs.get(id);
        NeedRequest request = new NeedRequest(need.householdId(), need.memberId(), need.category(),
                FormValues.text(description), FormValues.enumValue(Urgency.class, urgency), FormValues.date(wantedBy),
                version);
        FormErrors errors = forms.validate(request, Default.class, OnUpdate.class);
        if (!errors.any()) {
            try {
                needs.update(id, request);
                return Response.seeOther(URI.create("/family/needs/" + id + "?done=changed")).build();
            } catch (InvalidInput e) {
                errors = forms.of(e);
            }
        }
        return Response.status(400).entity(need(id, errors.prefixed("change-"), null)).build();
    }

    /** The family withdraws its own request, saying why (its workers read the reason). */
    @POST
    @Path("/needs/{id}/cancellation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @NulAsFormError
    public Response cancel(@PathParam("id") long id, @RestForm String reason, @RestForm Long version) {
        CancelRequest request = new CancelRequest(FormValues.text(reason), version);
        FormErrors errors = forms.validate(request);
        if (errors.any()) {
            return Response.status(400).entity(need(id, errors.prefixed("cancel-"), null)).build();
        }
        needs.cancel(id, request);
        return Response.seeOther(URI.create("/family/needs/" + id + "?done=cancelled")).build();
    }

    /** For templates: {@code {need.steps}}, the request's four steps with the one it has reached. */
    @TemplateExtension
    static List<Step> steps(NeedView need) {
        String current = switch (need.status()) {
            case OPEN -> "posted";
            case CLAIMED -> "claimed";
            case IN_PROGRESS -> "helping";
            case FULFILLED, CANCELLED -> "done";
        };
        return STEPS.stream().map(s -> new Step(s, s.equals(current))).toList();
    }

    private TemplateInstance need(long id, FormErrors errors, String done) {
        NeedView need = needs.get(id);
        ClaimFilter ofNeed = new ClaimFilter();
        ofNeed.needId = id;
        List<Helper> helpers = claims.list(ofNeed, PageParams.of(0, 20, null)).items().stream()
                .map(c -> new Helper(c, claims.services(c.id()))).toList();
        return Templates.need(need, helpers, errors, done);
    }
}
