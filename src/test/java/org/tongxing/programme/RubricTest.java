package org.tongxing.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RubricTest {

    private static Rubric.Item item(long id, String weight, String max) {
        return new Rubric.Item(id, new BigDecimal(weight), new BigDecimal(max));
    }

    private static final List<Rubric.Item> ITEMS = List.of(item(1, "40", "100"), item(2, "30", "10"),
            item(3, "30", "5"));

    @Test
    void eachItemCountsAsItsShareOfTheMaximumTimesItsWeight() {
        // 100 × (40·0.8 + 30·0.6 + 30·1.0) / 100 = 32 + 18 + 30 = 80
        assertThat(Rubric.weightedTotal(ITEMS, Map.of(1L, new BigDecimal("80"), 2L, new BigDecimal("6"),
                3L, new BigDecimal("5")))).isEqualByComparingTo("80.00");
    }

    @Test
    void fullMarksGiveOneHundredAndNothingGivesZero() {
        assertThat(Rubric.weightedTotal(ITEMS, Map.of(1L, new BigDecimal("100"), 2L, BigDecimal.TEN, 3L,
                new BigDecimal("5")))).isEqualByComparingTo("100");
        assertThat(Rubric.weightedTotal(ITEMS, Map.of())).isEqualByComparingTo("0");
    }

    @Test
    void weightsNeedNotAddUpToOneHundredAndTheTotalIsRoundedHalfUp() {
        List<Rubric.Item> items = List.of(item(1, "1", "3"), item(2, "2", "3"));
        // 100 × (1·1/3 + 2·2/3) / 3 = 100 × 5/9 = 55.555… → 55.56
        assertThat(Rubric.weightedTotal(items, Map.of(1L, BigDecimal.ONE, 2L, new BigDecimal("2"))))
                .isEqualByComparingTo("55.56");
    }

    @Test
    void anItemNotYetScoredCountsAsZero() {
        assertThat(Rubric.weightedTotal(ITEMS, Map.of(1L, new BigDecimal("100")))).isEqualByComparingTo("40.00");
    }
}
