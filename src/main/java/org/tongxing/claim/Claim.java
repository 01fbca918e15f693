package org.tongxing.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.tongxing.common.VersionedEntity;
import org.tongxing.need.Need;
import org.tongxing.organisation.Organisation;
import org.tongxing.volunteer.Volunteer;

/** A volunteer's or organisation's offer to meet one need, and its course to confirmation or its end. */
@Entity
public class Claim extends VersionedEntity {

    /** Named here because the column is mapped twice: written through this id, read through {@link #need}. */
    @Column(name = "need_id")
    public Long needId;

    /** The need, for reads that join it; the claim is written through {@link #needId}. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "need_id", insertable = false, updatable = false)
    public Need need;

    @Enumerated(EnumType.STRING)
    public ClaimantKind claimantKind;

    @Column(name = "volunteer_id")
    public Long volunteerId;

    @Column(name = "organisation_id")
    public Long organisationId;

    /** The claimant, for reads that name it: the volunteer or the organisation (written through the ids). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "volunteer_id", insertable = false, updatable = false)
    public Volunteer volunteer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id", insertable = false, updatable = false)
    public Organisation organisation;

    /** The account that made the claim (for an organisation, the member who acted). */
    public Long claimedBy;

    @Enumerated(EnumType.STRING)
    public ClaimStatus status;

    public String plan;

    public LocalDate promisedBy;

    public Long decidedBy;

    public Instant decidedAt;

    public String declineReason;

    public Instant deliveredAt;

    public Long confirmedBy;

    public Instant confirmedAt;

    public Short satisfaction;

    public String feedback;

    public Instant endedAt;

    public String endReason;

    /** When the people who could still act were reminded that the claim is about to expire. */
    public Instant remindedAt;

    /** The volunteer's or the organisation's name; a page of claims reads them all in one statement each. */
    public String claimantName() {
        return volunteerId != null ? volunteer.name : organisation.name;
    }

    /** The claim of this viewer's side (volunteer or organisation) on a need that is in one of the states. */
    public static Claim ofClaimant(long needId, Long volunteerId, Long organisationId, Set<ClaimStatus> states) {
        if (volunteerId != null) {
            return find("needId = ?1 and volunteerId = ?2 and status in ?3 order by createdAt desc", needId,
                    volunteerId,
                    states).firstResult();
        }
        if (organisationId != null) {
            return find("needId = ?1 and organisationId = ?2 and status in ?3 order by createdAt desc", needId,
                    organisationId, states).firstResult();
        }
        return null;
    }
}
