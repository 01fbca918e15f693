package org.tongxing.visit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.tongxing.common.Page;
import org.tongxing.common.PageParams;
import org.tongxing.common.Roles;
import org.tongxing.household.Tier;
import org.tongxing.ui.FormValues;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The worker's list of households due a visit, most urgent first. */
@Path("/worker/visits")
@RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
@Produces(MediaType.TEXT_HTML)
public class VisitDuePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<DueVisit> page, DueFilter filter, int within, String query);
    }

    @Inject
    DueVisits due;

    @Inject
    VisitConfig config;

    @GET
    public TemplateInstance list(@QueryParam("within") String within, @QueryParam("tier") String tier,
            @QueryParam("overdueOnly") String overdueOnly, @QueryParam("page") Integer page) {
        DueFilter filter = new DueFilter();
        Integer days = FormValues.integer(within);
        filter.within = days == null ? config.dueSoonDays() : Math.max(0, Math.min(366, days));
        filter.tier = FormValues.enumValue(Tier.class, tier);
        filter.overdueOnly = "on".equals(overdueOnly) || "true".equals(overdueOnly);
        PageParams paging = PageParams.of(page == null ? 0 : Math.max(0, page), 20, null);
        String query = "within=" + filter.within + (filter.tier == null ? "" : "&tier=" + filter.tier)
                + (filter.overdueOnly ? "&overdueOnly=on" : "");
        return Templates.list(due.list(filter, paging), filter, filter.within, query);
    }
}
