package org.tongxing.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.tongxing.account.Viewer;
import org.tongxing.claim.ClaimStanding;
import org.tongxing.claim.Standing;
import org.tongxing.common.ChinaTime;
import org.tongxing.common.Role;
import org.tongxing.need.NeedService;
import org.tongxing.need.NeedStatus;
import org.tongxing.need.NeedView;
import org.tongxing.privacy.AccessPolicy;

/**
 * One need as a claimant opens it from the board: in the form they may see it (NeedAccess decides), and
 * whether they could claim it now, with the same reasons the board and the claim endpoint give.
 */
@ApplicationScoped
public class BoardDetail {

    @Inject
    NeedService needs;

    @Inject
    ClaimStanding standing;

    @Inject
    AccessPolicy access;

    public BoardItem of(long needId) {
        NeedView view = needs.get(needId);
        Viewer viewer = access.viewer();
        if (!viewer.is(Role.VOLUNTEER) && !viewer.is(Role.ORG_MEMBER)) {
            return new BoardItem(view, false, standing.eligibility(viewer).apply(view.category()), past(view));
        }
        Standing mine = standing.of(viewer);
        String reason = view.status() != NeedStatus.OPEN ? Refusals.NEED_NOT_OPEN
                : !mine.mayClaim() ? mine.refusal() : standing.eligibility(viewer).apply(view.category());
        return new BoardItem(view, reason == null, reason, past(view));
    }

    private static boolean past(NeedView view) {
        return view.wantedBy() != null && view.wantedBy().isBefore(ChinaTime.today());
    }
}
