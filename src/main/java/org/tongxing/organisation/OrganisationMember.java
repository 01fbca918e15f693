package org.tongxing.organisation;

import java.time.Instant;

import org.tongxing.account.UserAccount;

/** A member's account as fellow members see it: who they are and when they last signed in, nothing more. */
public record OrganisationMember(long id, String displayName, String username, boolean enabled, Instant lastLoginAt) {

    static OrganisationMember from(UserAccount a) {
        return new OrganisationMember(a.id, a.displayName, a.username, a.enabled, a.lastLoginAt);
    }
}
