package org.tongxing.board;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.tongxing.area.Area;
import org.tongxing.area.AreaLevel;
import org.tongxing.claim.ClaimConflict;
import org.tongxing.claim.ClaimFilter;
import org.tongxing.claim.ClaimRequest;
import org.tongxing.claim.ClaimService;
import org.tongxing.claim.ClaimView;
import org.tongxing.claim.ClaimantNotEligible;
import org.tongxing.claim.NeedNotOpen;
import org.tongxing.common.DomainException;
import org.tongxing.common.NotFound;
import org.tongxing.common.PageParams;
import org.tongxing.common.Role;
import org.tongxing.common.Roles;
import org.tongxing.privacy.AccessPolicy;
import org.tongxing.ui.FormCheck;
import org.tongxing.ui.FormErrors;
import org.tongxing.ui.FormValues;
import org.tongxing.ui.NulAsFormError;
import org.tongxing.ui.PageMessages;
import org.tongxing.ui.Problems;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The open-requests board for volunteers and charities: filter, open a need in its masked form, claim it. */
@Path("/board")
@RolesAllowed({Roles.VOLUNTEER, Roles.ORG_MEMBER})
@Produces(MediaType.TEXT_HTML)
public class BoardPages {

    private static final int PAGE_SIZE = 12;
    /** What the claim form was filled with, to show it again with its errors. */
    public record ClaimForm(String plan, String promisedBy) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(BoardPage page, BoardQuery query, List<Area> areas, FormErrors errors);

        static native TemplateInstance need(BoardItem item, List<ClaimView> mine, ClaimForm form, FormErrors errors);
    }

    @Inject
    BoardService board;

    @Inject
    BoardDetail detail;

    @Inject
    ClaimService claims;

    @Inject
    AccessPolicy access;

    @Inject
    FormCheck forms;

    @Inject
    Problems problems;

    @Inject
    PageMessages messages;

    @GET
    public Response board(@BeanParam BoardQuery query) {
        // Volunteers see first what they can claim: most open needs ask for skills a given volunteer lacks.
        BoardFilter filter = query.toFilter(PAGE_SIZE, access.viewer().is(Role.VOLUNTEER));
        FormErrors errors = forms.validate(filter);
        BoardPage page = errors.any() ? new BoardPage(List.of(), null, null) : board.page(filter);
        return Response.status(errors.any() ? 400 : 200).entity(Templates.board(page, query, areas(), errors)).build();
    }

    @GET
    @Path("/needs/{id}")
    public TemplateInstance need(@PathParam("id") long id) {
        return page(id, new ClaimForm("", ""), FormErrors.none());
    }

    @POST
    @Path("/needs/{id}/claims")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @NulAsFormError
    public Response claim(@PathParam("id") long id, @RestForm String plan, @RestForm String promisedBy) {
        ClaimRequest request = new ClaimRequest(FormValues.text(plan), FormValues.date(promisedBy));
        ClaimForm form = new ClaimForm(plan, promisedBy);
        FormErrors errors = forms.validate(request);
        if (errors.any()) {
            return Response.status(400).entity(page(id, form, errors)).build();
        }
        try {
            ClaimView claim = claims.claim(id, request);
            return Response.seeOther(URI.create("/me/claims/" + claim.id() + "?done=claimed")).build();
        } catch (ClaimConflict | NeedNotOpen | NotFound goneMeanwhile) {
            // Lost races and needs gone meanwhile get the friendly conflict page; other refusals stay on the form.
            throw goneMeanwhile;
        } catch (DomainException e) {
            String why = messages.of(BoardMessages.class).refusal(Refusals.code(
                    e instanceof ClaimantNotEligible ? e.getMessage() : problems.slug(e)));
            return Response.status(problems.status(e)).entity(page(id, form, new FormErrors(Map.of(), why)))
                    .build();
        }
    }

    private TemplateInstance page(long id, ClaimForm form, FormErrors errors) {
        BoardItem item = detail.of(id);
        ClaimFilter mine = new ClaimFilter();
        mine.needId = id;
        return Templates.need(item, claims.list(mine, PageParams.of(0, 10, null)).items(), form, errors);
    }

    /** The streets and communities of the viewer's district, to narrow the board by place. */
    private List<Area> areas() {
        String district = access.viewer().district();
        return district == null ? List.of() : Area.within(district).stream()
                .filter(a -> a.level == AreaLevel.STREET || a.level == AreaLevel.COMMUNITY).toList();
    }
}
