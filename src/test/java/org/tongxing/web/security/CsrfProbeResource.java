package org.tongxing.web.security;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Test-only endpoints of each shape a browser or script may use, so the CSRF filter is tested apart from real features. */
@Path("/test/csrf-probe")
@PermitAll
public class CsrfProbeResource {

    public record Note(String text) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page();
    }

    @Inject
    CsrfToken csrf;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        return Templates.page();
    }

    @GET
    @Path("/token")
    @Produces(MediaType.TEXT_PLAIN)
    public String token() {
        return csrf.token();
    }

    @POST
    @Path("/form")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_PLAIN)
    public String form(@FormParam("name") String name) {
        return "saved " + name;
    }

    @POST
    @Path("/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_PLAIN)
    public String upload(@RestForm String name) {
        return "uploaded " + name;
    }

    /** Declares no form parameter, like an action endpoint; the filter must still see the form's token. */
    @POST
    @Path("/action")
    @Produces(MediaType.TEXT_PLAIN)
    public String action() {
        return "done";
    }

    @PUT
    @Path("/json")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Note replace(Note note) {
        return note;
    }

    @POST
    @Path("/json")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Note create(Note note) {
        return note;
    }
}
