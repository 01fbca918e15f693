package org.tongxing.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ResidentIdTest {

    // Check characters worked out by hand with the GB 11643 weights.
    private static final String WOMAN_1988 = "350799198803020029";
    private static final String MAN_1990 = "350799199005050017";

    @Test
    void validNumbersPass() {
        assertThat(ResidentId.isValid(WOMAN_1988)).isTrue();
        assertThat(ResidentId.isValid(MAN_1990)).isTrue();
    }

    @Test
    void aWrongCheckCharacterFails() {
        assertThat(ResidentId.isValid("350799198803020028")).isFalse();
        assertThat(ResidentId.checkCharacter("35079919880302002")).isEqualTo('9');
    }

    @Test
    void impossibleDatesAndShapesFail() {
        assertThat(ResidentId.isValid("350799198802300021")).isFalse();
        assertThat(ResidentId.isValid("35079919880302002")).isFalse();
        assertThat(ResidentId.isValid("35079919880302002x")).isFalse();
        assertThat(ResidentId.isValid(null)).isFalse();
    }

    @Test
    void birthDateAndSexAreReadFromTheNumber() {
        assertThat(ResidentId.birthDate(WOMAN_1988)).isEqualTo(LocalDate.of(1988, 3, 2));
        assertThat(ResidentId.gender(WOMAN_1988)).isEqualTo(Gender.FEMALE);
        assertThat(ResidentId.gender(MAN_1990)).isEqualTo(Gender.MALE);
    }
}
