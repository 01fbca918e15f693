package org.tongxing.notification;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.account.CurrentViewer;
import org.tongxing.common.Filter;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;
import org.tongxing.common.Timestamps;
import org.tongxing.web.problem.NotFoundProblem;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;

/** Your in-app inbox: every notification, whether or not it could also be e-mailed. */
@Path("/api/me/notifications")
@Tag(name = "Notifications")
@Authenticated
public class NotificationResource {

    @Inject
    CurrentViewer viewer;

    @GET
    @Operation(summary = "Your notifications, newest first")
    public Page<NotificationView> list(@QueryParam("unread") Boolean unread, @Valid @BeanParam PageParams page) {
        Filter where = new Filter().equal("recipientId", viewer.get().userId())
                .when(Boolean.TRUE.equals(unread), "readAt is null");
        return Page.of(Notification.find(where.query(), Sort.descending("createdAt", "id"), where.parameters()), page,
                NotificationView::from);
    }

    @POST
    @Path("/{id}/read")
    @Transactional
    @Operation(summary = "Mark a notification as read")
    public NotificationView markRead(@PathParam("id") long id) {
        Notification n = Notification.findById(id);
        if (n == null || !n.recipientId.equals(viewer.get().userId())) {
            throw new NotFoundProblem("notification", id);
        }
        if (n.readAt == null) {
            n.readAt = Timestamps.now();
        }
        return NotificationView.from(n);
    }
}
