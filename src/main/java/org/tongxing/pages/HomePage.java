package org.tongxing.pages;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.tongxing.account.CurrentViewer;
import org.tongxing.account.StartPages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The front door: a short welcome for visitors; signed-in people go straight to their own start page. */
@Path("/")
@PermitAll
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home();
    }

    @Inject
    CurrentViewer viewer;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response home() {
        if (viewer.present()) {
            return Response.seeOther(URI.create(StartPages.of(viewer.get().role()))).build();
        }
        return Response.ok(Templates.home()).build();
    }
}
