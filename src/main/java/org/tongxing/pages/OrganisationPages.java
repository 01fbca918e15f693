package org.tongxing.pages;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.tongxing.account.CurrentViewer;
import org.tongxing.claim.ClaimFilter;
import org.tongxing.claim.ClaimService;
import org.tongxing.claim.ClaimView;
import org.tongxing.common.NotFound;
import org.tongxing.common.PageParams;
import org.tongxing.common.Roles;
import org.tongxing.need.NeedService;
import org.tongxing.need.NeedView;
import org.tongxing.organisation.OrganisationMember;
import org.tongxing.organisation.OrganisationService;
import org.tongxing.organisation.OrganisationView;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A charity member's view of their organisation: what it has claimed, in every state, and who acts for it. In the
 * roof because it shows the organisation's claims with their needs.
 */
@Path("/org")
@RolesAllowed(Roles.ORG_MEMBER)
@Produces(MediaType.TEXT_HTML)
public class OrganisationPages {

    /** A claim of the organisation with its need (never the family's contact: this is a list). */
    public record OrganisationClaim(ClaimView claim, NeedView need) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(OrganisationView organisation, List<OrganisationClaim> claims,
                List<OrganisationMember> members);
    }

    @Inject
    OrganisationService organisations;

    @Inject
    ClaimService claims;

    @Inject
    NeedService needs;

    @Inject
    CurrentViewer viewer;

    @GET
    public TemplateInstance home() {
        long id = viewer.get().organisationId();
        OrganisationView organisation = organisations.find(id).orElseThrow(() -> new NotFound("organisation", id));
        List<OrganisationClaim> all = claims.list(new ClaimFilter(), PageParams.of(0, 100, "-updatedAt")).items()
                .stream().map(c -> new OrganisationClaim(c, needs.outline(c.needId()))).toList();
        return Templates.home(organisation, all, organisations.members(id));
    }
}
