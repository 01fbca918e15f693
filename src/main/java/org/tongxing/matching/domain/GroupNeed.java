package org.tongxing.matching.domain;

import org.tongxing.need.NeedCategory;

/** One of a mother's needs, as a fact of its own so that "left uncovered by her group" is a simple stream. */
public record GroupNeed(FormingGroup group, NeedCategory category) {
}
