package org.tongxing.need;

import java.util.OptionalLong;

import org.tongxing.account.Viewer;

/**
 * What a claimant's claims on a need let them see of it. Claims sit above needs, so the claim feature answers;
 * {@link NeedAccess} decides.
 */
public interface ClaimsOnNeeds {

    /** The viewer's side's claim on the need that is being worked on (accepted or delivered), if any. */
    OptionalLong working(long needId, Viewer viewer);

    /** Whether the viewer's side ever claimed the need, whatever became of the claim. */
    boolean everClaimed(long needId, Viewer viewer);
}
