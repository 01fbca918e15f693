package org.tongxing.claim;

import java.math.BigDecimal;

/** Services added up for one key (a need, household, volunteer, organisation or category) over a period. */
public record ServiceTotals(String key, long services, BigDecimal hours, long personTimes) {
}
