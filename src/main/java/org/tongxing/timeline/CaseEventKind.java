package org.tongxing.timeline;

/** What happened in a case file. Later features add their own kinds (claims, visits, pairings). */
public enum CaseEventKind {
    HOUSEHOLD_OPENED,
    HOUSEHOLD_UPDATED,
    CONSENT_CHANGED,
    MEMBER_ADDED,
    MEMBER_UPDATED,
    MEMBER_REMOVED,
    NEED_POSTED,
    NEED_UPDATED,
    NEED_CANCELLED,
    NEED_ESCALATED,
    NEED_CLAIMED,
    CLAIM_ACCEPTED,
    CLAIM_DECLINED,
    CLAIM_RELEASED,
    CLAIM_EXPIRED,
    SERVICE_LOGGED,
    CLAIM_CONFIRMED,
    // visits and programmes
    VISIT_RECORDED,
    VISIT_CODE_ISSUED,
    VISIT_CODE_REVOKED,
    PROGRAMME_JOINED,
    PROGRAMME_LEFT,
    // matching
    PAIRING_STARTED,
    PAIRING_ENDED,
    SUPPORT_GROUP_FORMED,
    SUPPORT_GROUP_JOINED,
    SUPPORT_GROUP_LEFT,
    SUPPORT_GROUP_ENDED,
    SUPPORT_GROUP_LEAD_CHANGED,
    MATCH_REJECTED,
    MATCHING_CONFLICT_DECLARED,
    // after the match: the trial, consent, the formal stage, contacts
    COMMITMENT_CONFIRMED,
    COMMITMENT_CONSENTED,
    COMMITMENT_FORMAL,
    COMMITMENT_CONTACT,
    // benefits and assistance
    BENEFIT_RECORDED,
    BENEFIT_CHANGED,
    ASSISTANCE_GIVEN
}
