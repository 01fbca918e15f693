package org.tongxing.notification;

/** What a notification announces. */
public enum NotificationKind {
    CLAIMED, ACCEPTED, DECLINED, EXPIRING_SOON, EXPIRED, RELEASED, DELIVERED, CONFIRMED, NEED_CANCELLED,
    // visits and programmes
    VISIT_OVERDUE, VISITS_DIGEST
}
