package org.tongxing.claim;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.tongxing.account.Viewer;
import org.tongxing.common.Role;
import org.tongxing.common.VettingStatus;
import org.tongxing.need.Need;
import org.tongxing.need.NeedCategory;
import org.tongxing.organisation.Organisation;
import org.tongxing.volunteer.Volunteer;

/**
 * Who may claim: a vetted volunteer whose skills cover the category, or a vetted organisation that serves it;
 * within the open-claim limit, and — once they have made enough claims — completing at least half of them.
 */
@ApplicationScoped
public class ClaimStanding {

    private static final EnumSet<ClaimStatus> FINISHED_BY_CLAIMANT = EnumSet.of(ClaimStatus.CONFIRMED,
            ClaimStatus.RELEASED, ClaimStatus.EXPIRED);

    @Inject
    ClaimConfig config;

    public Standing of(Viewer viewer) {
        String side = viewer.is(Role.VOLUNTEER) ? "volunteerId" : "organisationId";
        Long sideId = viewer.is(Role.VOLUNTEER) ? viewer.volunteerId() : viewer.organisationId();
        int open = (int) Claim.count(side + " = ?1 and status in ?2", sideId, ClaimStatus.ACTIVE);
        int total = (int) Claim.count(side + " = ?1", sideId);
        int finished = (int) Claim.count(side + " = ?1 and status in ?2", sideId, FINISHED_BY_CLAIMANT);
        int completed = (int) Claim.count(side + " = ?1 and status = ?2", sideId, ClaimStatus.CONFIRMED);
        int limit = viewer.is(Role.VOLUNTEER) ? config.volunteerOpenLimit() : config.organisationOpenLimit();
        Double ratio = finished == 0 ? null : (double) completed / finished;
        String refusal = null;
        if (open >= limit) {
            refusal = Standing.LIMIT_REACHED;
        } else if (total >= config.ratioAfterClaims() && ratio != null && ratio < config.minCompletionRatio()) {
            refusal = Standing.RATIO_TOO_LOW;
        }
        return new Standing(open, limit, finished, completed, ratio, refusal == null, refusal);
    }

    /** Refuses the claim with the reason, or returns normally. */
    public void requireMayClaim(Viewer viewer, Need need) {
        String ineligible = ineligibility(viewer, need);
        if (ineligible != null) {
            throw new ClaimantNotEligible(ineligible);
        }
        Standing standing = of(viewer);
        if (Standing.LIMIT_REACHED.equals(standing.refusal())) {
            throw new ClaimLimitReached("You already hold " + standing.openClaims()
                    + " open claims, the most allowed; finish or release one first");
        }
        if (Standing.RATIO_TOO_LOW.equals(standing.refusal())) {
            throw new CompletionRatioTooLow(String.format(
                    "Only %d of your %d finished claims were completed; at least %.0f%% are needed to claim more",
                    standing.completedClaims(), standing.finishedClaims(), config.minCompletionRatio() * 100));
        }
    }

    /** Why this viewer may not take on this kind of need at all, or null. */
    public String ineligibility(Viewer viewer, Need need) {
        return eligibility(viewer).apply(need.category);
    }

    /** Reads the claimant once and answers, per category, why they may not claim it (null when they may). */
    public Function<NeedCategory, String> eligibility(Viewer viewer) {
        if (viewer.is(Role.VOLUNTEER)) {
            Volunteer v = Volunteer.findById(viewer.volunteerId());
            String unvetted = v.vettingStatus == VettingStatus.VETTED ? null
                    : "Your volunteer registration has not been vetted (status " + v.vettingStatus + ")";
            Set<NeedCategory> skills = Set.copyOf(v.skills);
            return category -> unvetted != null ? unvetted
                    : skills.contains(category) ? null : "Your skills do not include " + category;
        }
        if (viewer.is(Role.ORG_MEMBER)) {
            Organisation o = Organisation.findById(viewer.organisationId());
            String unvetted = o.vettingStatus == VettingStatus.VETTED ? null
                    : "Your organisation has not been vetted (status " + o.vettingStatus + ")";
            Set<NeedCategory> served = Set.copyOf(o.serviceCategories);
            return category -> unvetted != null ? unvetted
                    : served.contains(category) ? null : "Your organisation does not serve " + category;
        }
        return category -> "Only volunteers and organisations claim needs";
    }
}
