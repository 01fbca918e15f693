package org.tongxing.matching.commitment;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.tongxing.common.ConcurrentUpdate;
import org.tongxing.common.InvalidInput;
import org.tongxing.common.LostRace;
import org.tongxing.common.Timestamps;
import org.tongxing.household.Household;
import org.tongxing.matching.CommitmentReview;
import org.tongxing.matching.Outcome;
import org.tongxing.matching.Pairing;
import org.tongxing.matching.ReviewKind;
import org.tongxing.matching.SupportGroup;
import org.tongxing.matching.commitment.Parties.Party;

/**
 * Mid-term and final reviews of pairs and groups. Each side fills in its own part of the one review per kind: the
 * family its rating (or its case worker for it, where the family has no account), a volunteer theirs, the case
 * workers the outcome per dimension. A family or volunteer outside the commitment finds it missing (404).
 */
@ApplicationScoped
public class Reviews {

    @Inject
    Parties parties;

    @Transactional
    public ReviewView ofPair(long id, ReviewKind kind, ReviewPart part) {
        Pairing p = PairTrial.find(id);
        Household household = Household.findById(p.householdId);
        Party party = parties.withFamily(household, List.of(p.volunteerId), "pairing", id);
        CommitmentReview review = review("pairingId", id, kind, household.id);
        review.pairingId = id;
        return fill(review, party, part);
    }

    @Transactional
    public ReviewView ofGroup(long id, ReviewKind kind, ReviewPart part) {
        SupportGroup g = GroupTrial.find(id);
        Household household = Household.findById(g.householdId);
        Party party = parties.withFamily(household, g.activeMembers().stream().map(m -> m.volunteerId).toList(),
                "support group", id);
        CommitmentReview review = review("supportGroupId", id, kind, household.id);
        review.supportGroupId = id;
        return fill(review, party, part);
    }

    public List<ReviewView> listOfPair(long id) {
        Pairing p = PairTrial.find(id);
        parties.withFamily(Household.findById(p.householdId), List.of(p.volunteerId), "pairing", id);
        return views(CommitmentReview.list("pairingId = ?1 order by id", id));
    }

    public List<ReviewView> listOfGroup(long id) {
        SupportGroup g = GroupTrial.find(id);
        parties.withFamily(Household.findById(g.householdId), g.members.stream().map(m -> m.volunteerId).toList(),
                "support group", id);
        return views(CommitmentReview.list("supportGroupId = ?1 order by id", id));
    }

    private ReviewView fill(CommitmentReview review, Party party, ReviewPart part) {
        long user = parties.userId();
        if (party == Party.FAMILY || party == Party.CASE_WORKER && part.entersForFamily()) {
            review.familyRating = rating(part);
            review.familyComment = part.comment();
            review.familyBy = user;
        } else if (party == Party.VOLUNTEER) {
            review.volunteerRating = rating(part);
            review.volunteerComment = part.comment();
            review.volunteerBy = user;
        } else {
            if (part.outcomes() == null || part.outcomes().isEmpty()) {
                throw new InvalidInput("A case worker's review gives the outcome per dimension", "outcomes",
                        "must not be empty");
            }
            review.outcomes = part.outcomes().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                    .collect(Collectors.joining(","));
            review.improved = part.outcomes().containsValue(Outcome.BETTER);
            review.outcomeBy = user;
        }
        review.updatedAt = Timestamps.now();
        try {
            review.persistAndFlush();
        } catch (PersistenceException e) {
            if (LostRace.violatedAny(e) || LostRace.staleVersion(e)) {
                throw new ConcurrentUpdate("review", review.id == null ? 0 : review.id);
            }
            throw e;
        }
        return ReviewView.from(review);
    }

    private static short rating(ReviewPart part) {
        if (part.rating() == null) {
            throw new InvalidInput("A rating of 1 to 5 is needed", "rating", "must not be null");
        }
        return part.rating().shortValue();
    }

    private static CommitmentReview review(String column, long id, ReviewKind kind, long household) {
        CommitmentReview review = CommitmentReview.find(column + " = ?1 and kind = ?2", id, kind).firstResult();
        if (review == null) {
            review = new CommitmentReview();
            review.kind = kind;
            review.householdId = household;
        }
        return review;
    }

    private static List<ReviewView> views(Collection<CommitmentReview> reviews) {
        return reviews.stream().map(ReviewView::from).toList();
    }
}
