package org.tongxing.board;

import java.util.List;

import org.tongxing.claim.Standing;

/** One page of the board; {@code nextCursor} is absent on the last page; {@code standing} only for claimants. */
public record BoardPage(List<BoardItem> items, String nextCursor, Standing standing) {
}
