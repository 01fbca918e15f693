package org.tongxing.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

import org.tongxing.matching.CommitmentReview;
import org.tongxing.matching.ReviewKind;

/**
 * What the reviews of a programme's pairs and groups say at the round's stage (a mid-term evaluation reads the
 * mid-term reviews, a final one the final reviews): how many were judged, how many improved in some dimension
 * (the seeds' "70% improved" is {@code improvedPercent}), and the families' and volunteers' average ratings. Counts
 * only, never a household, so the lead organisation may read it with a submitted evaluation.
 */
public record ReviewedOutcomes(long commitments, long reviewed, long improved, BigDecimal improvedPercent,
        long familyRatings, BigDecimal familyRatingAverage, long volunteerRatings, BigDecimal volunteerRatingAverage) {

    static ReviewedOutcomes of(ProgrammeCommitments c, EvaluationRound.Kind kind) {
        List<CommitmentReview> reviews = reviews(c, kind == EvaluationRound.Kind.FINAL ? ReviewKind.FINAL
                : ReviewKind.MIDTERM);
        long reviewed = reviews.stream().filter(r -> r.improved != null).count();
        long improved = reviews.stream().filter(r -> Boolean.TRUE.equals(r.improved)).count();
        List<Short> family = reviews.stream().map(r -> r.familyRating).filter(Objects::nonNull).toList();
        List<Short> volunteer = reviews.stream().map(r -> r.volunteerRating).filter(Objects::nonNull).toList();
        return new ReviewedOutcomes(c.pairs().size() + c.groups().size(), reviewed, improved,
                reviewed == 0 ? null
                        : BigDecimal.valueOf(improved * 100).divide(BigDecimal.valueOf(reviewed), 1,
                                RoundingMode.HALF_UP),
                family.size(), average(family), volunteer.size(), average(volunteer));
    }

    private static List<CommitmentReview> reviews(ProgrammeCommitments c, ReviewKind kind) {
        List<Long> pairs = c.pairs().stream().map(p -> p.id).toList();
        List<Long> groups = c.groups().stream().map(g -> g.id).toList();
        if (pairs.isEmpty() && groups.isEmpty()) {
            return List.of();
        }
        return CommitmentReview.list("kind = ?1 and (pairingId in ?2 or supportGroupId in ?3)", kind,
                pairs.isEmpty() ? List.of(-1L) : pairs, groups.isEmpty() ? List.of(-1L) : groups);
    }

    private static BigDecimal average(List<Short> ratings) {
        if (ratings.isEmpty()) {
            return null;
        }
        int sum = ratings.stream().mapToInt(Short::intValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(ratings.size()), 2, RoundingMode.HALF_UP);
    }
}
