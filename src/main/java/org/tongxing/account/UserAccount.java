package org.tongxing.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.tongxing.common.Role;
import org.tongxing.common.VersionedEntity;

/** Someone who can sign in. The role and its link (area, organisation, volunteer, household) decide what they see. */
@Entity
public class UserAccount extends VersionedEntity {

    /** Lower case; the sign-in name. */
    public String username;

    public String displayName;

    public String email;

    /** bcrypt, in modular crypt format. */
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    public Role role;

    /** For WORKER and CADRE the area they are responsible for; for others where they are registered. */
    public String areaCode;

    public Long organisationId;

    public Long volunteerId;

    public Long householdId;

    public Long cadreId;

    public boolean enabled;

    public boolean mustChangePassword;

    public Instant passwordChangedAt;

    public Instant lastLoginAt;

    /** The language notices are written in: {@code zh-CN} or {@code en}, the reader's last page language. */
    public String language = "zh-CN";

    public boolean readsEnglish() {
        return "en".equals(language);
    }

    public static UserAccount byUsername(String username) {
        return username == null ? null : find("username", username.strip().toLowerCase()).firstResult();
    }

    public Viewer viewer(Long sessionId) {
        return new Viewer(id, username, displayName, role, areaCode, organisationId, volunteerId, householdId, cadreId,
                sessionId, mustChangePassword);
    }
}
