package org.tongxing.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AreaCodeTest {

    @Test
    void levelFollowsTheLengthOfTheCode() {
        assertThat(AreaCode.of("350799").level()).isEqualTo(AreaLevel.DISTRICT);
        assertThat(AreaCode.of("350799001").level()).isEqualTo(AreaLevel.STREET);
        assertThat(AreaCode.of("350799001002").level()).isEqualTo(AreaLevel.COMMUNITY);
        assertThat(AreaCode.of("350799001002003").level()).isEqualTo(AreaLevel.COMPOUND);
    }

    @Test
    void codesOfOtherLengthsOrWithLettersAreRejected() {
        assertThat(AreaCode.isValid("3507990")).isFalse();
        assertThat(AreaCode.isValid("35079900A")).isFalse();
        assertThat(AreaCode.isValid("350799001002003004")).isFalse();
        assertThatThrownBy(() -> AreaCode.of("12345")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parentAndContainmentFollowThePrefix() {
        AreaCode compound = AreaCode.of("350799001002003");
        assertThat(compound.parent()).isEqualTo(AreaCode.of("350799001002"));
        assertThat(compound.truncateTo(AreaLevel.STREET)).isEqualTo(AreaCode.of("350799001"));
        assertThat(AreaCode.of("350799001").contains(compound)).isTrue();
        assertThat(AreaCode.of("350799002").contains(compound)).isFalse();
    }

    @Test
    void distanceTierIsTheDeepestSharedLevel() {
        assertThat(AreaCode.distanceTier("350799001002003", "350799001002003")).isEqualTo(AreaCode.SAME_COMPOUND);
        assertThat(AreaCode.distanceTier("350799001002003", "350799001002004")).isEqualTo(AreaCode.SAME_COMMUNITY);
        assertThat(AreaCode.distanceTier("350799001002003", "350799001005001")).isEqualTo(AreaCode.SAME_STREET);
        assertThat(AreaCode.distanceTier("350799001002003", "350799002001001")).isEqualTo(AreaCode.SAME_DISTRICT);
        assertThat(AreaCode.distanceTier("350799001002003", "110101001001001")).isEqualTo(AreaCode.FAR);
        // A volunteer registered only at community level is "same community" as a compound inside it.
        assertThat(AreaCode.distanceTier("350799001002", "350799001002003")).isEqualTo(AreaCode.SAME_COMMUNITY);
    }
}
