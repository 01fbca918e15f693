package org.tongxing.programme;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.tongxing.common.Page;
import org.tongxing.common.PageParams;
import org.tongxing.common.Roles;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The programme pages: the list one may see, and one programme with its progress, services and scores. */
@Path("/programmes")
@RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.ORG_MEMBER})
@Produces(MediaType.TEXT_HTML)
public class ProgrammePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<ProgrammeSummary> page);

        static native TemplateInstance programme(ProgrammeView programme);
    }

    @Inject
    ProgrammeService programmes;

    @GET
    public TemplateInstance list(@QueryParam("page") Integer page) {
        return Templates.list(
                programmes.list(new ProgrammeFilter(), PageParams.of(page == null ? 0 : Math.max(0, page), 20, null)));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance programme(@PathParam("id") long id) {
        return Templates.programme(programmes.get(id));
    }
}
