package org.tongxing.matching.commitment;

import java.time.Instant;

import org.tongxing.household.Composition;
import org.tongxing.matching.CommitmentStatus;
import org.tongxing.matching.review.ProposalView.Person;
import org.tongxing.need.NeedCategory;

/** A pair as staff of the area see it: the family by file number, area and shape; the volunteer by name. */
public record PairingView(long id, long needId, NeedCategory category, long householdId, String areaCode,
        String areaName,
        Composition composition, Person volunteer, CommitmentStatus status, Instant since, Instant endedAt,
        String endReason, Long proposalId, long version, Course course) {

    /** For pages: the id of this pair's reason field on the cadre's page. */
    public String reasonField() {
        return fieldOf(id);
    }

    public static String fieldOf(long pairingId) {
        return "end-pair-" + pairingId;
    }
}
