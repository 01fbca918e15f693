package org.tongxing.pages.admin;

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
import org.tongxing.privacy.DisclosureFilter;
import org.tongxing.privacy.DisclosureService;
import org.tongxing.privacy.DisclosureView;
import org.tongxing.ui.FormValues;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The disclosure log, read-only: who was shown which family's identity, when, why and through what. */
@Path("/admin/disclosures")
@RolesAllowed({Roles.ADMIN, Roles.CADRE})
@Produces(MediaType.TEXT_HTML)
public class DisclosurePages {

    /** The filters as typed, to put back into the form and the paging links. */
    public record Query(String householdId, String viewerId, String needId) {

        public String href(int page) {
            return "/admin/disclosures?page=" + page + (householdId == null ? "" : "&householdId=" + householdId)
                    + (viewerId == null ? "" : "&viewerId=" + viewerId) + (needId == null ? "" : "&needId=" + needId);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance disclosures(Page<DisclosureView> page, Query query);
    }

    @Inject
    DisclosureService disclosures;

    @GET
    public TemplateInstance disclosures(@QueryParam("householdId") String householdId,
            @QueryParam("viewerId") String viewerId, @QueryParam("needId") String needId,
            @QueryParam("page") Integer page) {
        DisclosureFilter filter = new DisclosureFilter();
        filter.householdId = number(householdId);
        filter.viewerId = number(viewerId);
        filter.needId = number(needId);
        Query query = new Query(text(filter.householdId), text(filter.viewerId), text(filter.needId));
        return Templates.disclosures(disclosures.list(filter, PageParams.of(page == null ? 0 : Math.max(0, page), 30,
                null)), query);
    }

    private static Long number(String value) {
        try {
            return FormValues.text(value) == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(Long value) {
        return value == null ? null : value.toString();
    }
}
