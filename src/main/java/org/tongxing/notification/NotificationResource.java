package org.tongxing.notification;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;

import io.quarkus.security.Authenticated;

/** Your in-app inbox: every notification, whether or not it could also be e-mailed. */
@Path("/api/me/notifications")
@Tag(name = "Notifications", description = "The signed-in person's in-app inbox")
@Authenticated
public class NotificationResource {

    @Inject
    Inbox inbox;

    @GET
    @Operation(summary = "Your notifications, newest first")
    public Page<NotificationView> list(@QueryParam("unread") Boolean unread, @Valid @BeanParam PageParams page) {
        return inbox.list(Boolean.TRUE.equals(unread), page);
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark a notification as read")
    public NotificationView markRead(@PathParam("id") long id) {
        return inbox.markRead(id);
    }
}
