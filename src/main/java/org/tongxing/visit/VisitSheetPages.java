package org.tongxing.visit;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.tongxing.account.CurrentViewer;
import org.tongxing.common.Roles;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * One printable sheet of check-in codes for a community (or any area within the worker's own), each with only the
 * household's file number beneath it: a sheet left on a desk or a wall tells a passer-by nothing about a family.
 */
@Path("/worker/qr-sheet")
@RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
@Produces(MediaType.TEXT_HTML)
public class VisitSheetPages {

    private static final String AREA = "^\\d{1,15}$";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sheet(String area, List<VisitCodeView> codes);
    }

    @Inject
    VisitCodes codes;

    @Inject
    VisitConfig config;

    @Inject
    CurrentViewer viewer;

    @Context
    UriInfo uri;

    @GET
    public TemplateInstance sheet(@QueryParam("area") String area) {
        String chosen = area != null && area.matches(AREA) ? area : viewer.get().areaCode();
        List<VisitCodeView> active = chosen == null ? List.of()
                : codes.activeIn(chosen, VisitCodeResource.baseUrl(config, uri));
        return Templates.sheet(chosen, active);
    }
}
