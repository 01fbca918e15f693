package org.tongxing.board;

import org.tongxing.need.NeedView;

/** A need on the board, and whether the viewer could claim it (and if not, why). */
public record BoardItem(NeedView need, boolean claimable, String whyNot) {
}
