package org.tongxing.matching.pages;

import java.net.URI;
import java.util.EnumMap;
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
import org.tongxing.common.NotFound;
import org.tongxing.common.Roles;
import org.tongxing.matching.Dimension;
import org.tongxing.matching.EndKind;
import org.tongxing.matching.MatchingMessages;
import org.tongxing.matching.Outcome;
import org.tongxing.matching.ReviewKind;
import org.tongxing.matching.commitment.CommitmentService;
import org.tongxing.matching.commitment.ContactView;
import org.tongxing.matching.commitment.Contacts;
import org.tongxing.matching.commitment.Ending;
import org.tongxing.matching.commitment.PairEnding;
import org.tongxing.matching.commitment.PairTrial;
import org.tongxing.matching.commitment.PairingView;
import org.tongxing.matching.commitment.ReviewPart;
import org.tongxing.matching.commitment.ReviewView;
import org.tongxing.matching.commitment.Reviews;
import org.tongxing.matching.commitment.Stamp;
import org.tongxing.ui.AppMessages;
import org.tongxing.ui.FormCheck;
import org.tongxing.ui.FormErrors;
import org.tongxing.ui.FormValues;
import org.tongxing.ui.PageMessages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * One pair as its household's case workers (the cadre or the community worker) look after it: where it stands, its
 * contact log and reviews, and the steps that are theirs: consenting for a family without an account, making the
 * trial formal, the outcome per dimension and the family's rating entered for it, and ending it with a reason kind
 * (which decides whether later runs keep the two apart).
 */
@Path("/commitments")
@RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
@Produces(MediaType.TEXT_HTML)
public class CommitmentDetailPages {

    /** What the page's forms were filled with, to show them again with their errors. */
    public record Typed(Map<String, String> values) {

        public String get(String field) {
            return values.getOrDefault(field, "");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pair(PairingView pair, List<ContactView> contacts,
                Map<ReviewKind, ReviewView> reviews, FormErrors errors, Typed typed, String done);
    }

    @Inject
    CommitmentService commitments;

    @Inject
    Contacts contacts;

    @Inject
    Reviews reviews;

    @Inject
    PairTrial trial;

    @Inject
    PairEnding ending;

    @Inject
    EndForms endForms;

    @Inject
    FormCheck forms;

    @Inject
    PageMessages messages;

    @GET
    @Path("/pairings/{id}")
    public TemplateInstance pair(@PathParam("id") long id, @QueryParam("done") String done) {
        return page(id, FormErrors.none(), Map.of(), done);
    }

    /** A worker records the consent of a family that has no account of its own (asked in person or by phone). */
    @POST
    @Path("/pairings/{id}/household-consent")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response consent(@PathParam("id") long id, @RestForm Long version) {
        trial.consent(id, new Stamp(orStale(version)));
        return done(id, "consented");
    }

    @POST
    @Path("/pairings/{id}/formalisation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response formalise(@PathParam("id") long id, @RestForm Long version) {
        trial.formalise(id, new Stamp(orStale(version)));
        return done(id, "formal");
    }

    /** The case workers' part of a review: better, same or worse in each dimension they judged. */
    @POST
    @Path("/pairings/{id}/reviews/{kind}/outcomes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response outcomes(@PathParam("id") long id, @PathParam("kind") String kind,
            @RestForm("SCHOOLING") String schooling,
            @RestForm("PSYCHOLOGY") String psychology, @RestForm("EMPLOYMENT") String employment,
            @RestForm("DAILY_LIFE") String dailyLife, @RestForm("HEALTH") String health) {
        ReviewKind review = reviewKind(kind);
        Map<Dimension, Outcome> judged = new EnumMap<>(Dimension.class);
        put(judged, Dimension.SCHOOLING, schooling);
        put(judged, Dimension.PSYCHOLOGY, psychology);
        put(judged, Dimension.EMPLOYMENT, employment);
        put(judged, Dimension.DAILY_LIFE, dailyLife);
        put(judged, Dimension.HEALTH, health);
        if (judged.isEmpty()) {
            FormErrors errors = new FormErrors(Map.of("outcome-" + review + "-outcomes",
                    messages.of(MatchingMessages.class).outcomes_required()), null);
            return Response.status(400).entity(page(id, errors, Map.of(), null)).build();
        }
        reviews.ofPair(id, review, new ReviewPart(null, null, judged, false));
        return done(id, "reviewed");
    }

    /** The family's rating and comment, entered by its worker where the family has no account. */
    @POST
    @Path("/pairings/{id}/reviews/{kind}/family")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response familyRating(@PathParam("id") long id, @PathParam("kind") String kind, @RestForm String rating,
            @RestForm String comment) {
        ReviewKind review = reviewKind(kind);
        ReviewPart part = new ReviewPart(FormValues.integer(rating), FormValues.text(comment), null, true);
        FormErrors errors = forms.validate(part);
        if (part.rating() == null) {
            errors = errors.with("rating", messages.of(AppMessages.class).required());
        }
        if (errors.any()) {
            String prefix = "family-" + review + "-";
            return Response.status(400).entity(page(id, errors.prefixed(prefix),
                    Map.of(prefix + "comment", comment == null ? "" : comment), null)).build();
        }
        reviews.ofPair(id, review, part);
        return done(id, "reviewed");
    }

    /** Ends the pair; the kind decides what later runs do (only a bad fit keeps the two apart). */
    @POST
    @Path("/pairings/{id}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response end(@PathParam("id") long id, @RestForm String reason, @RestForm String kind,
            @RestForm String completed, @RestForm Long version) {
        FormErrors errors = endForms.check("end-reason", reason);
        if (errors.any()) {
            return Response.status(400).entity(page(id, errors, Map.of("end-reason", reason == null ? "" : reason),
                    null)).build();
        }
        ending.end(id, new Ending(FormValues.text(reason), orStale(version), completed != null,
                FormValues.enumValue(EndKind.class, kind)));
        return done(id, "ended");
    }

    private TemplateInstance page(long id, FormErrors errors, Map<String, String> typed, String done) {
        Map<ReviewKind, ReviewView> byKind = new EnumMap<>(ReviewKind.class);
        reviews.listOfPair(id).forEach(r -> byKind.put(r.kind(), r));
        return Templates.pair(commitments.pairing(id), contacts.listOfPair(id), byKind, errors, new Typed(typed),
                done);
    }

    private static void put(Map<Dimension, Outcome> judged, Dimension dimension, String typed) {
        Outcome outcome = FormValues.enumValue(Outcome.class, typed);
        if (outcome != null) {
            judged.put(dimension, outcome);
        }
    }

    private static ReviewKind reviewKind(String typed) {
        ReviewKind kind = FormValues.enumValue(ReviewKind.class, typed);
        if (kind == null) {
            throw new NotFound("review", typed);
        }
        return kind;
    }

    /** A form without its version cannot match any record's: the service answers 409, as for a stale one. */
    private static long orStale(Long version) {
        return version == null ? -1 : version;
    }

    private static Response done(long id, String what) {
        return Response.seeOther(URI.create("/commitments/pairings/" + id + "?done=" + what)).build();
    }
}
