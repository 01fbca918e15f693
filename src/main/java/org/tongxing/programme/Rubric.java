package org.tongxing.programme;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Scoring on a rubric: each item's score is taken as a share of its maximum and weighted, so items scored out of
 * 10 and out of 100 count by their weight alone. The weighted total is on a 0–100 scale:
 * {@code 100 × Σ wᵢ·(sᵢ / maxᵢ) / Σ wᵢ}, rounded half-up to two decimals. An item not yet scored counts as 0,
 * so a total before submission is a floor, not an estimate.
 */
public final class Rubric {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public record Item(long id, BigDecimal weight, BigDecimal maxScore) {
    }

    private Rubric() {
    }

    public static BigDecimal weightedTotal(List<Item> items, Map<Long, BigDecimal> scores) {
        BigDecimal weights = items.stream().map(Item::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weights.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Item item : items) {
            BigDecimal score = scores.get(item.id());
            if (score != null) {
                sum = sum.add(item.weight().multiply(score).divide(item.maxScore(), MathContext.DECIMAL64));
            }
        }
        return sum.multiply(HUNDRED).divide(weights, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
    }
}
