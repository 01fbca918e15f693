package org.tongxing.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.account.CurrentViewer;
import org.tongxing.common.Filter;
import org.tongxing.common.NotFound;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;
import org.tongxing.common.Timestamps;

import io.quarkus.panache.common.Sort;

/** The signed-in person's in-app notifications, for the API and the page alike. */
@ApplicationScoped
public class Inbox {

    @Inject
    CurrentViewer viewer;

    public Page<NotificationView> list(boolean unreadOnly, PageParams page) {
        Filter where = new Filter().equal("recipientId", viewer.get().userId()).when(unreadOnly, "readAt is null");
        return Page.of(Notification.find(where.query(), Sort.descending("createdAt", "id"), where.parameters()), page,
                NotificationView::from);
    }

    @Transactional
    public NotificationView markRead(long id) {
        Notification n = Notification.findById(id);
        if (n == null || !n.recipientId.equals(viewer.get().userId())) {
            throw new NotFound("notification", id);
        }
        if (n.readAt == null) {
            n.readAt = Timestamps.now();
        }
        return NotificationView.from(n);
    }
}
