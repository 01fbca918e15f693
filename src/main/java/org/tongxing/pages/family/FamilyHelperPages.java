package org.tongxing.pages.family;

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
import org.tongxing.common.NotFound;
import org.tongxing.common.Roles;
import org.tongxing.matching.ReviewKind;
import org.tongxing.matching.commitment.FamilyCommitments;
import org.tongxing.matching.commitment.FamilyCommitments.FamilyCommitment;
import org.tongxing.matching.commitment.GroupTrial;
import org.tongxing.matching.commitment.PairTrial;
import org.tongxing.matching.commitment.ReviewPart;
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
 * The family's helpers page: its live pairs and 1+3+1 group, where it consents to a trial with its own account,
 * meets its helpers once both sides agreed (name, organisation, the phone they chose to share), sees how often
 * they were in touch, and gives its own part of the mid-term and final reviews (a rating with a comment).
 */
@Path("/family/helpers")
@RolesAllowed(Roles.FAMILY)
@Produces(MediaType.TEXT_HTML)
public class FamilyHelperPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance helpers(List<FamilyCommitment> commitments, FormErrors errors,
                Map<String, String> typed, String done);
    }

    @Inject
    FamilyCommitments commitments;

    @Inject
    PairTrial pairTrial;

    @Inject
    GroupTrial groupTrial;

    @Inject
    Reviews reviews;

    @Inject
    FormCheck forms;

    @Inject
    PageMessages messages;

    @GET
    public TemplateInstance helpers(@QueryParam("done") String done) {
        return Templates.helpers(commitments.mine(), FormErrors.none(), Map.of(), done);
    }

    /** The family agrees to the trial with its own account: from now on the helpers see its contact. */
    @POST
    @Path("/{kind}/{id}/consent")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response consent(@PathParam("kind") String kind, @PathParam("id") long id, @RestForm Long version) {
        Stamp stamp = new Stamp(version == null ? -1 : version);
        if (pair(kind, id)) {
            pairTrial.consent(id, stamp);
        } else {
            groupTrial.consent(id, stamp);
        }
        return done("consented");
    }

    /** The family's part of a review: a rating of 1 to 5 and, if it likes, a comment. */
    @POST
    @Path("/{kind}/{id}/reviews/{review}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(@PathParam("kind") String kind, @PathParam("id") long id,
            @PathParam("review") String review, @RestForm String rating, @RestForm String comment) {
        boolean pair = pair(kind, id);
        ReviewKind reviewKind = FormValues.enumValue(ReviewKind.class, review);
        if (reviewKind == null) {
            throw new NotFound("review", review);
        }
        ReviewPart part = new ReviewPart(FormValues.integer(rating), FormValues.text(comment), null, false);
        FormErrors errors = forms.validate(part);
        if (part.rating() == null) {
            errors = errors.with("rating", messages.of(AppMessages.class).required());
        }
        if (errors.any()) {
            String prefix = FamilyCommitments.reviewPrefix(kind, id, reviewKind);
            return Response.status(400).entity(Templates.helpers(commitments.mine(), errors.prefixed(prefix),
                    Map.of(prefix + "comment", comment == null ? "" : comment), null)).build();
        }
        if (pair) {
            reviews.ofPair(id, reviewKind, part);
        } else {
            reviews.ofGroup(id, reviewKind, part);
        }
        return done("reviewed");
    }

    private static boolean pair(String kind, long id) {
        return switch (kind) {
            case "pairings" -> true;
            case "groups" -> false;
            default -> throw new NotFound(kind, id);
        };
    }

    private static Response done(String what) {
        return Response.seeOther(URI.create("/family/helpers?done=" + what)).build();
    }
}
