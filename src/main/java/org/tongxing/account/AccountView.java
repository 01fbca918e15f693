package org.tongxing.account;

import java.time.Instant;

import org.tongxing.common.Role;

/** An account as shown to its owner and to administrators; never the password hash. */
public record AccountView(long id, String username, String displayName, String email, Role role, String areaCode,
        Long organisationId, Long volunteerId, Long householdId, Long cadreId, boolean enabled,
        boolean mustChangePassword, Instant lastLoginAt, Instant createdAt, long version) {

    public static AccountView from(UserAccount a) {
        return new AccountView(a.id, a.username, a.displayName, a.email, a.role, a.areaCode, a.organisationId,
                a.volunteerId, a.householdId, a.cadreId, a.enabled, a.mustChangePassword, a.lastLoginAt, a.createdAt,
                a.version);
    }
}
