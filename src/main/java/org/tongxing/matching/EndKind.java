package org.tongxing.matching;

/**
 * Why a pair, a seat or a group ended, as far as later runs care: only a bad fit keeps the volunteer and the
 * family apart; moving away, having no time now, a goal reached, a declined or unanswered trial ban nobody.
 */
public enum EndKind {
    BAD_FIT, MOVED_AWAY, NO_TIME, GOAL_REACHED, DECLINED, NO_ANSWER, OTHER;

    public boolean keepsApart() {
        return this == BAD_FIT;
    }
}
