package org.tongxing.web;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.common.NotFound;
import org.tongxing.web.problem.ProblemType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Makes each problem {@code type} URI resolvable to a page that explains it. */
@Path("/problems")
@PermitAll
@Tag(name = "Problems", description = "Documentation of the error types the API returns")
public class ProblemCatalogueResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance catalogue(List<ProblemType> types);

        static native TemplateInstance type(ProblemType type);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "All error types")
    public TemplateInstance catalogue() {
        return Templates.catalogue(Arrays.asList(ProblemType.values()));
    }

    @GET
    @Path("/{slug}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "One error type")
    public TemplateInstance type(@PathParam("slug") String slug) {
        return Templates.type(Arrays.stream(ProblemType.values()).filter(t -> t.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new NotFound("problem type", slug)));
    }
}
