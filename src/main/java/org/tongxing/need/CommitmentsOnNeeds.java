package org.tongxing.need;

import org.tongxing.account.Viewer;

/**
 * What a volunteer's pairs and groups let them see of a need. Matching sits above needs, so it answers;
 * {@link NeedAccess} decides. A need is handed over once the volunteer confirmed and the household consented.
 */
public interface CommitmentsOnNeeds {

    /** Whether the need is covered by a pair or group of the viewer's that both sides have agreed to. */
    boolean handedOver(long needId, Viewer viewer);
}
