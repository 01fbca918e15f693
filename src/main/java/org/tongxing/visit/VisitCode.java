package org.tongxing.visit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import org.tongxing.common.SequencedEntity;

/** One generation of a household's check-in code; the printed token is derived from the key (see {@link VisitCodeSigner}). */
@Entity
public class VisitCode extends SequencedEntity {

    public Long householdId;

    public int generation;

    @Column(name = "code_key")
    public String key;

    public Instant issuedAt;

    public Long issuedBy;

    public Instant revokedAt;

    public Long revokedBy;

    public static VisitCode activeOf(long householdId) {
        return find("householdId = ?1 and revokedAt is null", householdId).firstResult();
    }
}
