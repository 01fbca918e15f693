package org.tongxing.claim;

import java.time.Instant;
import java.time.LocalDate;

/** A claim as its claimant, the household's workers and the family see it; never the family's identity. */
public record ClaimView(long id, long needId, ClaimStatus status, ClaimantKind claimantKind, Long volunteerId,
        Long organisationId, String claimantName, String plan, LocalDate promisedBy, Instant decidedAt,
        String declineReason, Instant deliveredAt, Instant confirmedAt, Integer satisfaction, String feedback,
        Instant endedAt, String endReason, Instant createdAt, Instant updatedAt, long version) {

    public static ClaimView from(Claim c) {
        return new ClaimView(c.id, c.needId, c.status, c.claimantKind, c.volunteerId, c.organisationId,
                c.claimantName(),
                c.plan, c.promisedBy, c.decidedAt, c.declineReason, c.deliveredAt, c.confirmedAt,
                c.satisfaction == null ? null : c.satisfaction.intValue(), c.feedback, c.endedAt, c.endReason,
                c.createdAt, c.updatedAt, c.version);
    }
}
