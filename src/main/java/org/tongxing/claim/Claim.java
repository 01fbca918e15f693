package org.tongxing.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A volunteer's or organisation's offer to meet one need, and its course to confirmation or its end. */
@Entity
public class Claim extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_seq")
    @SequenceGenerator(name = "claim_seq", sequenceName = "claim_seq", allocationSize = 50)
    public Long id;

    @Column(name = "need_id")
    public Long needId;

    @Enumerated(EnumType.STRING)
    @Column(name = "claimant_kind")
    public ClaimantKind claimantKind;

    @Column(name = "volunteer_id")
    public Long volunteerId;

    @Column(name = "organisation_id")
    public Long organisationId;

    /** The account that made the claim (for an organisation, the member who acted). */
    @Column(name = "claimed_by")
    public Long claimedBy;

    @Enumerated(EnumType.STRING)
    public ClaimStatus status;

    public String plan;

    @Column(name = "promised_by")
    public LocalDate promisedBy;

    @Column(name = "decided_by")
    public Long decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decline_reason")
    public String declineReason;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "confirmed_by")
    public Long confirmedBy;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    public Short satisfaction;

    public String feedback;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "end_reason")
    public String endReason;

    /** When the people who could still act were reminded that the claim is about to expire. */
    @Column(name = "reminded_at")
    public Instant remindedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** The claim of this viewer's side (volunteer or organisation) on a need that is in one of the states. */
    public static Claim ofClaimant(long needId, Long volunteerId, Long organisationId, Set<ClaimStatus> states) {
        if (volunteerId != null) {
            return find("needId = ?1 and volunteerId = ?2 and status in ?3 order by createdAt desc", needId, volunteerId,
                    states).firstResult();
        }
        if (organisationId != null) {
            return find("needId = ?1 and organisationId = ?2 and status in ?3 order by createdAt desc", needId,
                    organisationId, states).firstResult();
        }
        return null;
    }
}
