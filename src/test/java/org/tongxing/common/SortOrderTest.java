package org.tongxing.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.panache.common.Sort;

class SortOrderTest {

    private static final Map<String, String> ALLOWED = Map.of("urgency", "urgencyRank", "createdAt", "createdAt");

    @Test
    void fieldsMapToPropertiesWithDirectionsAndAStableTieBreaker() {
        Sort sort = SortOrder.parse("-urgency,createdAt", ALLOWED, Sort.by("id"));
        assertThat(sort.getColumns()).extracting(Sort.Column::getName).containsExactly("urgencyRank", "createdAt",
                "id");
        assertThat(sort.getColumns()).extracting(Sort.Column::getDirection)
                .containsExactly(Sort.Direction.Descending, Sort.Direction.Ascending, Sort.Direction.Ascending);
    }

    @Test
    void noSortGivesTheDefault() {
        Sort fallback = Sort.by("id");
        assertThat(SortOrder.parse(null, ALLOWED, fallback)).isSameAs(fallback);
        assertThat(SortOrder.parse(" ", ALLOWED, fallback)).isSameAs(fallback);
    }

    @Test
    void fieldsOutsideTheAllowListAreRefused() {
        assertThatThrownBy(() -> SortOrder.parse("idNumber", ALLOWED, Sort.by("id")))
                .isInstanceOf(InvalidParameter.class)
                .hasMessageContaining("cannot sort by 'idNumber'");
    }
}
