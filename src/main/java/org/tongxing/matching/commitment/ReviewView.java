package org.tongxing.matching.commitment;

import java.time.Instant;
import java.util.Map;

import org.tongxing.matching.CommitmentReview;
import org.tongxing.matching.Dimension;
import org.tongxing.matching.Outcome;
import org.tongxing.matching.ReviewKind;

/** A review as its commitment's sides see it. */
public record ReviewView(long id, ReviewKind kind, Integer familyRating, String familyComment, Integer volunteerRating,
        String volunteerComment, Map<Dimension, Outcome> outcomes, Boolean improved, Instant updatedAt,
        long version) {

    static ReviewView from(CommitmentReview r) {
        return new ReviewView(r.id, r.kind, r.familyRating == null ? null : r.familyRating.intValue(), r.familyComment,
                r.volunteerRating == null ? null : r.volunteerRating.intValue(), r.volunteerComment, r.outcomeMap(),
                r.improved, r.updatedAt, r.version);
    }
}
