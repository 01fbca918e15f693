package org.tongxing.need;

import org.tongxing.area.AreaCode;
import org.tongxing.area.AreaLevel;

/**
 * Who may see an open need on the open-requests board: a PUBLIC need everyone; a DISTRICT or STREET need
 * the volunteers and organisations registered inside that district or street; a COMMUNITY need nobody
 * outside the community's own workers.
 */
public final class Board {

    private Board() {
    }

    /** Open and visible: on the viewer's board now. */
    public static boolean reaches(Need need, String viewerArea) {
        return need.status == NeedStatus.OPEN && visibleTo(need, viewerArea);
    }

    /** Escalated far enough to concern the viewer, whatever its state (a claimed need stays "seen"). */
    public static boolean visibleTo(Need need, String viewerArea) {
        return switch (need.visibility) {
            case PUBLIC -> true;
            case DISTRICT -> within(viewerArea, need.areaCode, AreaLevel.DISTRICT);
            case STREET -> within(viewerArea, need.areaCode, AreaLevel.STREET);
            case COMMUNITY -> false;
        };
    }

    private static boolean within(String viewerArea, String needArea, AreaLevel level) {
        return viewerArea != null && AreaCode.isValid(viewerArea)
                && viewerArea.startsWith(AreaCode.of(needArea).truncateTo(level).value())
                && viewerArea.length() >= level.codeLength();
    }
}
