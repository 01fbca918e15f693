package org.tongxing.account;

import org.tongxing.common.Role;

/**
 * The signed-in person as authorisation sees them: role plus the links that scope it. Immutable and carried
 * on the security identity, so checks never re-read the account within a request.
 */
public record Viewer(long userId, String username, String displayName, Role role, String areaCode,
        Long organisationId, Long volunteerId, Long householdId, Long cadreId, Long sessionId,
        boolean mustChangePassword) {

    public static final String ATTRIBUTE = "tongxing.viewer";

    public boolean is(Role role) {
        return this.role == role;
    }

    /** Whether an area code lies within this viewer's own area (WORKER and CADRE scope). */
    public boolean covers(String area) {
        return areaCode != null && area != null && area.startsWith(areaCode);
    }

    /** The district (first six digits) of the viewer's area, the reach of volunteer directories. */
    public String district() {
        return areaCode == null ? null : areaCode.substring(0, Math.min(6, areaCode.length()));
    }
}
