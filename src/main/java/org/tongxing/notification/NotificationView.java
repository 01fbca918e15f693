package org.tongxing.notification;

import java.time.Instant;

public record NotificationView(long id, NotificationKind kind, String subject, String body, Long needId, Long claimId,
        Instant createdAt, Instant readAt) {

    public static NotificationView from(Notification n) {
        return new NotificationView(n.id, n.kind, n.subject, n.body, n.needId, n.claimId, n.createdAt, n.readAt);
    }
}
