package org.tongxing.matching.pages;

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
import org.tongxing.common.DomainException;
import org.tongxing.common.InvalidState;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;
import org.tongxing.common.Roles;
import org.tongxing.matching.CommitmentStatus;
import org.tongxing.matching.MatchingConfig;
import org.tongxing.matching.RunKind;
import org.tongxing.matching.commitment.CommitmentFilter;
import org.tongxing.matching.commitment.CommitmentService;
import org.tongxing.matching.commitment.Departure;
import org.tongxing.matching.commitment.Ending;
import org.tongxing.matching.commitment.GroupEnding;
import org.tongxing.matching.commitment.GroupView;
import org.tongxing.matching.commitment.PairEnding;
import org.tongxing.matching.commitment.PairingView;
import org.tongxing.matching.review.AcceptAllOutcome;
import org.tongxing.matching.review.ProposalOutdated;
import org.tongxing.matching.review.ProposalView;
import org.tongxing.matching.review.Rejection;
import org.tongxing.matching.review.ReviewService;
import org.tongxing.matching.run.MatchingRunService;
import org.tongxing.matching.run.RunFilter;
import org.tongxing.matching.run.RunRequest;
import org.tongxing.matching.run.RunView;
import org.tongxing.privacy.AccessPolicy;
import org.tongxing.ui.FormErrors;
import org.tongxing.ui.FormValues;
import org.tongxing.ui.Problems;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The cadre's pages: start a matching run, watch it (live with JavaScript, by refreshing without), review its
 * proposals, and see the area's active pairs and groups. Forms post to the same services as the API.
 */
@Path("/cadre")
@RolesAllowed({Roles.ADMIN, Roles.CADRE})
@Produces(MediaType.TEXT_HTML)
public class MatchingPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<RunView> runs, long pairs, long groups);

        static native TemplateInstance matching(StartForm form, FormErrors errors, List<AreaChoice> areas,
                Page<RunView> runs, long maxSeconds);

        static native TemplateInstance run(RunView run, ScoreWords score, RunOutcome outcome);

        static native TemplateInstance proposals(RunView run, List<ProposalView> proposals, long open, String done,
                Integer accepted, Integer failed, FormErrors errors);

        static native TemplateInstance commitments(Page<PairingView> pairs, Page<GroupView> groups, FormErrors errors,
                Map<String, String> typed, String done);
    }

    /** What the start form holds, as typed. */
    public record StartForm(String kind, String areaCode, String timeLimitSeconds) {
    }

    @Inject
    MatchingRunService runs;

    @Inject
    ReviewService review;

    @Inject
    CommitmentService commitments;

    @Inject
    AccessPolicy access;

    @Inject
    StartErrors startErrors;

    @Inject
    PairEnding pairEnding;

    @Inject
    GroupEnding groupEnding;

    @Inject
    EndForms endForms;

    @Inject
    Problems problems;

    @Inject
    MatchingConfig config;

    @GET
    public TemplateInstance home() {
        return Templates.home(recentRuns(5).items(), activePairs().totalItems(), activeGroups().totalItems());
    }

    @GET
    @Path("/matching")
    public TemplateInstance matching() {
        StartForm form = new StartForm(RunKind.PAIRS.name(), access.viewer().areaCode(),
                String.valueOf(config.runs().defaultTimeLimit().toSeconds()));
        return startPage(form, FormErrors.none());
    }

    @POST
    @Path("/matching/runs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@RestForm String kind, @RestForm String areaCode, @RestForm String timeLimitSeconds) {
        StartForm form = new StartForm(kind, areaCode, timeLimitSeconds);
        RunRequest request = new RunRequest(FormValues.enumValue(RunKind.class, kind), FormValues.text(areaCode),
                FormValues.integer(timeLimitSeconds));
        FormErrors invalid = startErrors.validate(request, timeLimitSeconds, config.spentLimit().toSeconds());
        if (invalid.any()) {
            return Response.status(400).entity(startPage(form, invalid)).build();
        }
        try {
            RunView run = runs.start(request);
            return seeOther("/cadre/matching/runs/" + run.id());
        } catch (DomainException e) {
            return Response.status(problems.status(e))
                    .entity(startPage(form, startErrors.of(e, config.spentLimit().toSeconds()))).build();
        }
    }

    @GET
    @Path("/matching/runs/{id}")
    public TemplateInstance run(@PathParam("id") long id) {
        RunView run = runs.get(id);
        ScoreWords score = ScoreWords.of(run.bestScore());
        return Templates.run(run, score, RunOutcome.of(run, score));
    }

    @POST
    @Path("/matching/runs/{id}/stop")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response stop(@PathParam("id") long id) {
        try {
            runs.stop(id);
        } catch (InvalidState alreadyEnded) {
            // stopped meanwhile: the run page says how it ended
        }
        return seeOther("/cadre/matching/runs/" + id);
    }

    @GET
    @Path("/matching/runs/{id}/proposals")
    public TemplateInstance proposals(@PathParam("id") long id, @QueryParam("done") String done,
            @QueryParam("accepted") Integer accepted, @QueryParam("failed") Integer failed) {
        return proposalsPage(id, done, accepted, failed, FormErrors.none());
    }

    @POST
    @Path("/matching/runs/{id}/acceptance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acceptAll(@PathParam("id") long id, @RestForm String confirm) {
        // Accepting every proposal at once forms pairs and groups that notify people: it takes a ticked box.
        if (!"yes".equals(confirm)) {
            FormErrors errors = new FormErrors(Map.of("confirm-all", startErrors.acceptAllUnconfirmed()), null);
            return Response.status(400).entity(proposalsPage(id, null, null, null, errors)).build();
        }
        AcceptAllOutcome result = review.acceptAll(id);
        return seeOther("/cadre/matching/runs/" + id + "/proposals?done=all&accepted=" + result.accepted() + "&failed="
                + result.refused().size());
    }

    @POST
    @Path("/matching/proposals/{id}/acceptance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("id") long id) {
        long run = review.get(id).runId();
        try {
            review.accept(id);
            return seeOther("/cadre/matching/runs/" + run + "/proposals?done=accepted#proposal-" + id);
        } catch (ProposalOutdated e) {
            return seeOther("/cadre/matching/runs/" + run + "/proposals?done=failed#proposal-" + id);
        }
    }

    @POST
    @Path("/matching/proposals/{id}/rejection")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") long id, @RestForm String reason) {
        long run = review.get(id).runId();
        String text = FormValues.text(reason);
        if (text == null || text.length() < 2) {
            FormErrors errors = new FormErrors(Map.of("reason-" + id, startErrors.reasonRequired()), null);
            return Response.status(400).entity(proposalsPage(run, null, null, null, errors)).build();
        }
        review.reject(id, new Rejection(text));
        return seeOther("/cadre/matching/runs/" + run + "/proposals?done=rejected#proposal-" + id);
    }

    @GET
    @Path("/commitments")
    public TemplateInstance commitments(@QueryParam("done") String done) {
        return commitmentsPage(FormErrors.none(), Map.of(), done);
    }

    @POST
    @Path("/pairings/{id}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response endPair(@PathParam("id") long id, @RestForm String reason, @RestForm Long version,
            @RestForm String completed) {
        String field = PairingView.fieldOf(id);
        FormErrors errors = endForms.check(field, reason);
        if (errors.any()) {
            return invalid(errors, field, reason);
        }
        pairEnding.end(id, new Ending(FormValues.text(reason), orStale(version), completed != null));
        return seeOther("/cadre/commitments?done=pair-ended");
    }

    @POST
    @Path("/groups/{id}/members/{volunteerId}/departure")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response takeOutOfGroup(@PathParam("id") long id, @PathParam("volunteerId") long volunteerId,
            @RestForm String reason, @RestForm Long version) {
        String field = GroupView.leaveFieldOf(id, volunteerId);
        FormErrors errors = endForms.check(field, reason);
        if (errors.any()) {
            return invalid(errors, field, reason);
        }
        groupEnding.depart(id, volunteerId, new Departure(FormValues.text(reason), orStale(version)));
        return seeOther("/cadre/commitments?done=seat-freed");
    }

    @POST
    @Path("/groups/{id}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response endGroup(@PathParam("id") long id, @RestForm String reason, @RestForm Long version,
            @RestForm String completed) {
        String field = GroupView.endFieldOf(id);
        FormErrors errors = endForms.check(field, reason);
        if (errors.any()) {
            return invalid(errors, field, reason);
        }
        groupEnding.end(id, new Ending(FormValues.text(reason), orStale(version), completed != null));
        return seeOther("/cadre/commitments?done=group-ended");
    }

    /** The page again with the one form's error; conflicts (stale, already ended) go to the friendly 409 page. */
    private Response invalid(FormErrors errors, String field, String reason) {
        return Response.status(400).entity(commitmentsPage(errors, Map.of(field, reason == null ? "" : reason), null))
                .build();
    }

    private TemplateInstance commitmentsPage(FormErrors errors, Map<String, String> typed, String done) {
        return Templates.commitments(activePairs(), activeGroups(), errors, typed, done);
    }

    /** A form without its version cannot match any record's: the service answers 409, as for a stale one. */
    private static long orStale(Long version) {
        return version == null ? -1 : version;
    }

    private TemplateInstance startPage(StartForm form, FormErrors errors) {
        String scope = access.caseAreaScope();
        return Templates.matching(form, errors, AreaChoice.within(scope), recentRuns(20),
                config.spentLimit().toSeconds());
    }

    private TemplateInstance proposalsPage(long run, String done, Integer accepted, Integer failed, FormErrors errors) {
        List<ProposalView> proposals = review.proposals(run, null);
        long open = proposals.stream().filter(ProposalView::isOpen).count();
        return Templates.proposals(runs.get(run), proposals, open, done, accepted, failed, errors);
    }

    private Page<RunView> recentRuns(int size) {
        return runs.list(new RunFilter(), PageParams.of(0, size, null));
    }

    private Page<PairingView> activePairs() {
        return commitments.pairings(activeOnly(), PageParams.of(0, 50, "-quiet,-since"));
    }

    private Page<GroupView> activeGroups() {
        return commitments.groups(activeOnly(), PageParams.of(0, 50, "-quiet,-formedAt"));
    }

    private static CommitmentFilter activeOnly() {
        CommitmentFilter filter = new CommitmentFilter();
        filter.status = CommitmentStatus.ACTIVE;
        return filter;
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
