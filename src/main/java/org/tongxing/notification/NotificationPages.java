package org.tongxing.notification;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.tongxing.common.Page;
import org.tongxing.common.PageParams;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The in-app inbox as a page, newest first; each notification can be marked read. */
@Path("/me/notifications")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class NotificationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(Page<NotificationView> page);
    }

    @Inject
    Inbox inbox;

    @GET
    public TemplateInstance inbox(@QueryParam("page") Integer page) {
        return Templates.inbox(inbox.list(false, PageParams.of(page == null ? 0 : Math.max(0, page), 20, null)));
    }

    @POST
    @Path("/{id}/read")
    public Response markRead(@PathParam("id") long id) {
        inbox.markRead(id);
        return Response.seeOther(URI.create("/me/notifications")).build();
    }
}
