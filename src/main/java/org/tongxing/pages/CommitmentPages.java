package org.tongxing.pages;

import java.net.URI;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.tongxing.claim.ClaimFilter;
import org.tongxing.claim.ClaimService;
import org.tongxing.claim.ClaimStatus;
import org.tongxing.claim.ClaimTransitions;
import org.tongxing.claim.ClaimView;
import org.tongxing.claim.Decision;
import org.tongxing.claim.ServiceRequest;
import org.tongxing.claim.ServiceView;
import org.tongxing.common.ChinaTime;
import org.tongxing.common.DomainException;
import org.tongxing.common.PageParams;
import org.tongxing.common.Role;
import org.tongxing.common.Roles;
import org.tongxing.matching.ContactChannel;
import org.tongxing.matching.Dimension;
import org.tongxing.matching.commitment.CommitmentService;
import org.tongxing.matching.commitment.CommitmentsView;
import org.tongxing.matching.commitment.ContactRequest;
import org.tongxing.matching.commitment.Contacts;
import org.tongxing.matching.commitment.Departure;
import org.tongxing.matching.commitment.Ending;
import org.tongxing.matching.commitment.GroupEnding;
import org.tongxing.matching.commitment.GroupTrial;
import org.tongxing.matching.commitment.Handover;
import org.tongxing.matching.commitment.Handovers;
import org.tongxing.matching.commitment.PairEnding;
import org.tongxing.matching.commitment.PairTrial;
import org.tongxing.matching.commitment.TrialAnswer;
import org.tongxing.matching.pages.EndForms;
import org.tongxing.need.NeedService;
import org.tongxing.need.NeedView;
import org.tongxing.privacy.AccessPolicy;
import org.tongxing.ui.AppMessages;
import org.tongxing.ui.FormCheck;
import org.tongxing.ui.FormErrors;
import org.tongxing.ui.FormValues;
import org.tongxing.ui.NulAsFormError;
import org.tongxing.ui.PageMessages;
import org.tongxing.ui.Problems;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A claimant's own work (a volunteer's, or an organisation's as its members see it): claims in each state, a
 * volunteer's long-term pairs and 1+3+1 group seats, and one claim with its need, where services are logged and
 * a claim can be given up. In the roof because it combines claims with the pairs and groups of matching.
 */
@Path("/me")
@RolesAllowed({Roles.VOLUNTEER, Roles.ORG_MEMBER})
@Produces(MediaType.TEXT_HTML)
public class CommitmentPages {

    private static final Set<Integer> TO_ERROR_PAGE = Set.of(403, 404, 409);

    /** A claim with its need, as the claimant may see the need. */
    public record Commitment(ClaimView claim, NeedView need) {

        /** For pages: the promised date has passed and no service is logged yet (the claim will soon expire). */
        public boolean overdue() {
            boolean noServiceYet = claim.status() == ClaimStatus.PENDING || claim.status() == ClaimStatus.ACCEPTED;
            return noServiceYet && claim.promisedBy() != null && claim.promisedBy().isBefore(ChinaTime.today());
        }
    }

    /** Work in progress comes soonest promise first: what is due next is what the volunteer reads first. */
    private static final Comparator<Commitment> BY_PROMISE = Comparator.comparing(
            (Commitment c) -> c.claim().promisedBy(), Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()));

    /** What the service form was filled with, to show it again with its errors. */
    public record ServiceForm(String servedOn, String hours, String personTimes, String note) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance commitments(List<Commitment> waiting, List<Commitment> working,
                List<Commitment> finished, CommitmentsView longTerm, FormErrors errors, Map<String, String> typed,
                String done);

        static native TemplateInstance claim(ClaimView claim, NeedView need, List<ServiceView> services,
                ServiceForm service, String reason, FormErrors errors, String done);

        static native TemplateInstance handover(Handover handover);
    }

    @Inject
    ClaimService claims;

    @Inject
    ClaimTransitions transitions;

    @Inject
    NeedService needs;

    @Inject
    CommitmentService longTerm;

    @Inject
    PairEnding pairEnding;

    @Inject
    PairTrial pairTrial;

    @Inject
    Contacts contacts;

    @Inject
    GroupEnding groupEnding;

    @Inject
    GroupTrial groupTrial;

    @Inject
    Handovers handovers;

    @Inject
    EndForms endForms;

    @Inject
    AccessPolicy access;

    @Inject
    FormCheck forms;

    @Inject
    Problems problems;

    @Inject
    PageMessages messages;

    @GET
    @Path("/commitments")
    public TemplateInstance commitments(@QueryParam("done") String done) {
        return commitmentsPage(FormErrors.none(), Map.of(), done);
    }

    /**
     * What the volunteer of a pair is handed once both sides agreed: the family's contact (as its consent allows), the
     * need in its public wording, its case workers. A page of its own, so that each read is one the volunteer chose
     * to make (the service writes it to the disclosure log); before both agreed it says only that.
     */
    @GET
    @Path("/pairings/{id}/handover")
    public TemplateInstance handover(@PathParam("id") long id) {
        return Templates.handover(handovers.ofPair(id));
    }

    /** The volunteer confirms a trial pair (declining is ending it, below); the household's workers are told. */
    @POST
    @Path("/pairings/{id}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirmPair(@PathParam("id") long id, @RestForm String sharePhone, @RestForm Long version) {
        pairTrial.answer(id, new TrialAnswer(true, sharePhone != null, null, null, version == null ? -1 : version));
        return Response.seeOther(URI.create("/me/commitments?done=trial-confirmed")).build();
    }

    /** The volunteer records a contact of a handed-over pair: one service in the statistics. */
    @POST
    @Path("/pairings/{id}/contacts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @NulAsFormError
    public Response recordContact(@PathParam("id") long id, @RestForm String contactedOn, @RestForm String hours,
            @RestForm String channel, @RestForm String dimension, @RestForm String participants,
            @RestForm String summary) {
        ContactRequest request = contact(contactedOn, hours, channel, dimension, participants, summary);
        FormErrors errors = forms.validate(request);
        if (errors.any()) {
            return Response.status(400).entity(commitmentsPage(errors.prefixed("c" + id + "-"), Map.of(), null))
                    .build();
        }
        contacts.ofPair(id, request);
        return Response.seeOther(URI.create("/me/commitments?done=contact-recorded")).build();
    }

    /** The volunteer confirms their seat in a trial group (declining is leaving the seat, below). */
    @POST
    @Path("/groups/{id}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirmSeat(@PathParam("id") long id, @RestForm String sharePhone, @RestForm Long version) {
        groupTrial.answer(id, ownVolunteer(), new TrialAnswer(true, sharePhone != null, null, null,
                version == null ? -1 : version));
        return Response.seeOther(URI.create("/me/commitments?done=trial-confirmed")).build();
    }

    /** A member records a contact of a handed-over group: one service in the statistics, as for a pair. */
    @POST
    @Path("/groups/{id}/contacts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordGroupContact(@PathParam("id") long id, @RestForm String contactedOn,
            @RestForm String hours, @RestForm String channel, @RestForm String dimension,
            @RestForm String participants, @RestForm String summary) {
        ContactRequest request = contact(contactedOn, hours, channel, dimension, participants, summary);
        FormErrors errors = forms.validate(request);
        if (errors.any()) {
            return Response.status(400).entity(commitmentsPage(errors.prefixed("g" + id + "-"), Map.of(), null))
                    .build();
        }
        contacts.ofGroup(id, request);
        return Response.seeOther(URI.create("/me/commitments?done=contact-recorded")).build();
    }

    private static ContactRequest contact(String contactedOn, String hours, String channel, String dimension,
            String participants, String summary) {
        return new ContactRequest(FormValues.date(contactedOn), FormValues.decimal(hours),
                FormValues.enumValue(ContactChannel.class, channel), names(participants),
                dimension == null ? List.of() : List.of(FormValues.enumValue(Dimension.class, dimension)),
                FormValues.text(summary), null);
    }

    private long ownVolunteer() {
        return access.viewer().volunteerId() == null ? -1 : access.viewer().volunteerId();
    }

    private static List<String> names(String typed) {
        return typed == null ? List.of()
                : java.util.Arrays.stream(typed.split("[,，、]")).map(String::strip).filter(n -> !n.isEmpty()).toList();
    }

    /** A volunteer ends their own long-term pair; the household's workers are told. */
    @POST
    @Path("/pairings/{id}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response endPair(@PathParam("id") long id, @RestForm String reason, @RestForm Long version) {
        String field = CommitmentsView.PairCommitment.fieldOf(id);
        FormErrors errors = endForms.check(field, reason);
        if (errors.any()) {
            return invalid(errors, field, reason);
        }
        pairEnding.end(id, new Ending(FormValues.text(reason), version == null ? -1 : version, false));
        return Response.seeOther(URI.create("/me/commitments?done=pair-ended")).build();
    }

    /** A volunteer leaves their seat in a 1+3+1 group; the group goes on. */
    @POST
    @Path("/groups/{id}/departure")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response leaveGroup(@PathParam("id") long id, @RestForm String reason, @RestForm Long version) {
        String field = CommitmentsView.GroupCommitment.fieldOf(id);
        FormErrors errors = endForms.check(field, reason);
        if (errors.any()) {
            return invalid(errors, field, reason);
        }
        groupEnding.depart(id, ownVolunteer(), new Departure(FormValues.text(reason), version == null ? -1 : version));
        return Response.seeOther(URI.create("/me/commitments?done=seat-left")).build();
    }

    /** The page again with the reason as typed and its error next to the one form it belongs to. */
    private Response invalid(FormErrors errors, String field, String reason) {
        return Response.status(400).entity(commitmentsPage(errors, Map.of(field, reason == null ? "" : reason), null))
                .build();
    }

    private TemplateInstance commitmentsPage(FormErrors errors, Map<String, String> typed, String done) {
        List<Commitment> all = claims.list(new ClaimFilter(), PageParams.of(0, 100, "-updatedAt")).items().stream()
                .map(c -> new Commitment(c, needs.outline(c.needId()))).toList();
        return Templates.commitments(
                all.stream().filter(c -> c.claim().status() == ClaimStatus.PENDING).toList(),
                all.stream().filter(c -> ClaimStatus.WORKING.contains(c.claim().status())).sorted(BY_PROMISE).toList(),
                all.stream().filter(c -> !c.claim().status().isActive()).toList(),
                pairsAndGroups(), errors, typed, done);
    }

    /** Pairs and group seats belong to a volunteer; an organisation's members have none of their own. */
    private CommitmentsView pairsAndGroups() {
        if (access.viewer().is(Role.VOLUNTEER) && access.viewer().volunteerId() != null) {
            return longTerm.mine();
        }
        return new CommitmentsView(0, List.of(), List.of());
    }

    @GET
    @Path("/claims/{id}")
    public TemplateInstance claim(@PathParam("id") long id, @QueryParam("done") String done) {
        return page(id, emptyService(), "", FormErrors.none(), done);
    }

    @POST
    @Path("/claims/{id}/services")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @NulAsFormError
    public Response logService(@PathParam("id") long id, @RestForm String servedOn, @RestForm String hours,
            @RestForm String personTimes, @RestForm String note) {
        ServiceRequest request = new ServiceRequest(FormValues.date(servedOn), FormValues.decimal(hours),
                FormValues.integer(personTimes), FormValues.text(note));
        ServiceForm form = new ServiceForm(servedOn, hours, personTimes, note);
        FormErrors errors = forms.validate(request);
        if (!errors.any()) {
            try {
                transitions.logService(id, request);
                return done(id, "logged");
            } catch (DomainException e) {
                rethrowForErrorPage(e);
                errors = forms.of(e);
            }
        }
        return Response.status(400).entity(page(id, form, "", errors.prefixed("service-"), null)).build();
    }

    @POST
    @Path("/claims/{id}/release")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response release(@PathParam("id") long id, @RestForm String reason, @RestForm Long version) {
        try {
            transitions.release(id, new Decision(FormValues.text(reason), version == null ? -1 : version));
            return done(id, "released");
        } catch (DomainException e) {
            rethrowForErrorPage(e);
            FormErrors errors = forms.of(e).withMessage("reason", messages.of(AppMessages.class).required());
            return Response.status(400).entity(page(id, emptyService(), reason, errors.prefixed("release-"), null))
                    .build();
        }
    }

    private TemplateInstance page(long id, ServiceForm service, String reason, FormErrors errors, String done) {
        ClaimView claim = claims.get(id);
        return Templates.claim(claim, needs.get(claim.needId()), claims.services(id), service, reason, errors, done);
    }

    private static ServiceForm emptyService() {
        return new ServiceForm(ChinaTime.today().toString(), "", "1", "");
    }

    /** A step out of order or on someone else's claim gets the friendly error page, not the form again. */
    private void rethrowForErrorPage(DomainException e) {
        if (TO_ERROR_PAGE.contains(problems.status(e))) {
            throw e;
        }
    }

    private static Response done(long id, String what) {
        return Response.seeOther(URI.create("/me/claims/" + id + "?done=" + what)).build();
    }
}
