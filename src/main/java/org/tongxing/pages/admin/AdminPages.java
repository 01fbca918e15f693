package org.tongxing.pages.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.tongxing.account.AccountFilter;
import org.tongxing.account.AccountService;
import org.tongxing.common.PageParams;
import org.tongxing.common.Roles;
import org.tongxing.common.VettingStatus;
import org.tongxing.organisation.OrganisationFilter;
import org.tongxing.organisation.OrganisationService;
import org.tongxing.volunteer.VolunteerFilter;
import org.tongxing.volunteer.VolunteerService;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The administrator's start page: what waits for them, and the way to each of their tasks. */
@Path("/admin")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AdminPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(long pendingVolunteers, long pendingOrganisations, long accounts);
    }

    @Inject
    VolunteerService volunteers;

    @Inject
    OrganisationService organisations;

    @Inject
    AccountService accounts;

    @GET
    public TemplateInstance home() {
        VolunteerFilter volunteer = new VolunteerFilter();
        volunteer.vettingStatus = VettingStatus.PENDING;
        OrganisationFilter organisation = new OrganisationFilter();
        organisation.vettingStatus = VettingStatus.PENDING;
        PageParams one = PageParams.of(0, 1, null);
        return Templates.home(volunteers.list(volunteer, one).totalItems(),
                organisations.list(organisation, one).totalItems(),
                accounts.list(new AccountFilter(), one).totalItems());
    }
}
