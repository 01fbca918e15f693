package org.tongxing.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.tongxing.common.Role;

/** Someone who can sign in. The role and its link (area, organisation, volunteer, household) decide what they see. */
@Entity
@Table(name = "user_account")
public class UserAccount extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    public Long id;

    /** Lower case; the sign-in name. */
    public String username;

    @Column(name = "display_name")
    public String displayName;

    public String email;

    /** bcrypt, in modular crypt format. */
    @Column(name = "password_hash")
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    public Role role;

    /** For WORKER and CADRE the area they are responsible for; for others where they are registered. */
    @Column(name = "area_code")
    public String areaCode;

    @Column(name = "organisation_id")
    public Long organisationId;

    @Column(name = "volunteer_id")
    public Long volunteerId;

    @Column(name = "household_id")
    public Long householdId;

    @Column(name = "cadre_id")
    public Long cadreId;

    public boolean enabled;

    @Column(name = "must_change_password")
    public boolean mustChangePassword;

    @Column(name = "password_changed_at")
    public Instant passwordChangedAt;

    @Column(name = "last_login_at")
    public Instant lastLoginAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public static UserAccount byUsername(String username) {
        return username == null ? null : find("username", username.strip().toLowerCase()).firstResult();
    }

    public Viewer viewer(Long sessionId) {
        return new Viewer(id, username, displayName, role, areaCode, organisationId, volunteerId, householdId, cadreId,
                sessionId, mustChangePassword);
    }
}
