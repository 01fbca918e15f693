package org.tongxing.programme;

import java.time.Instant;

import org.tongxing.household.Composition;
import org.tongxing.household.Tier;

/** A member household as its programme managers see it: enough to find the file, no identity. */
public record MemberView(long householdId, String areaCode, Composition composition, Tier tier, Instant joinedAt) {
}
