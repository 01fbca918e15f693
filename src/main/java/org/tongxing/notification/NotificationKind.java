package org.tongxing.notification;

/** What a notification announces. */
public enum NotificationKind {
    CLAIMED,
    ACCEPTED,
    DECLINED,
    EXPIRING_SOON,
    EXPIRED,
    RELEASED,
    DELIVERED,
    CONFIRMED,
    NEED_CANCELLED,
    // visits and programmes
    VISIT_OVERDUE,
    VISITS_DIGEST,
    // matching
    PAIRED,
    PAIRING_ENDED,
    GROUP_JOINED,
    GROUP_LED,
    GROUP_LEFT,
    GROUP_ENDED,
    // after the match
    TRIAL_ANSWERED,
    COMMITMENT_FORMAL,
    COMMITMENT_QUIET,
    FOLLOW_UP,
    // benefits
    BENEFIT_RECHECK,
    // accounts
    SIGN_IN_FAILURES
}
