package org.tongxing.visit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One generation of a household's check-in code; the printed token is derived from the key (see {@link VisitCodeSigner}). */
@Entity
@Table(name = "visit_code")
public class VisitCode extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visit_code_seq")
    @SequenceGenerator(name = "visit_code_seq", sequenceName = "visit_code_seq", allocationSize = 50)
    public Long id;

    @Column(name = "household_id")
    public Long householdId;

    public int generation;

    @Column(name = "code_key")
    public String key;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "issued_by")
    public Long issuedBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public Long revokedBy;

    public static VisitCode activeOf(long householdId) {
        return find("householdId = ?1 and revokedAt is null", householdId).firstResult();
    }
}
