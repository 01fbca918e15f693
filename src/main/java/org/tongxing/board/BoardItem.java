package org.tongxing.board;

import org.tongxing.need.NeedView;

/**
 * A need on the board, and whether the viewer could claim it (and if not, why); {@code pastWantedBy} marks a need
 * whose latest completion date has passed on China's calendar, still open but perhaps no longer as wanted.
 */
public record BoardItem(NeedView need, boolean claimable, String whyNot, boolean pastWantedBy) {
}
